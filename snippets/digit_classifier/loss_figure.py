import matplotlib.pyplot as plt

steps_per_epoch = len(batch_losses) // (len(epoch_losses) - 1)
fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="Cross-entropy during training, log scale: the loss of every third "
    "mini-batch jumps up and down around a falling trend, and the loss on the "
    "whole training set after each epoch falls from "
    f"{epoch_losses[0]:.1f} to {epoch_losses[-1]:.2f}",
)
steps = np.arange(0, len(batch_losses), 3)  # every third step keeps the figure small
ax.semilogy(
    steps,
    np.array(batch_losses)[steps],
    color="0.7",
    linewidth=0.8,
    label="every third mini-batch",
)
epochs_at = np.arange(len(epoch_losses)) * steps_per_epoch
ax.semilogy(
    epochs_at, epoch_losses, "o-", markersize=3, label="training set, per epoch"
)
ax.axhline(np.log(10), linestyle="--", color="gray", label="log 10 (guessing)")
ax.set_xlabel("step")
ax.set_ylabel("cross-entropy")
ax.set_title("Training the digit classifier")
ax.legend(loc="upper right")
plt.show()
