import matplotlib.pyplot as plt

fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="Cross-entropy per step on the XOR data: the single neuron stays at "
    "log 2, the two-layer network falls towards zero",
)
ax.plot(neuron_losses, label="single neuron")
ax.plot(losses, label="network, 8 hidden units")
ax.axhline(np.log(2), linestyle="--", color="gray", label="log 2 (guessing)")
ax.set_xlabel("step")
ax.set_ylabel("cross-entropy")
ax.set_title("Training loss on XOR")
ax.legend()
plt.show()
