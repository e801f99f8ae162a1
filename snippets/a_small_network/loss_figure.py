import matplotlib.pyplot as plt

fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="Cross-entropy per step on the XOR data: the single neuron (500 steps, "
    "η = 1) stays at log 2, the two-layer network (2000 steps, η = 0.5) falls "
    "towards zero",
)
ax.plot(neuron_losses, label="single neuron: 500 steps, η = 1")
ax.plot(losses, label="network, 8 hidden units: 2000 steps, η = 0.5")
ax.axhline(np.log(2), linestyle="--", color="gray", label="log 2 (guessing)")
ax.set_xlabel("step")
ax.set_ylabel("cross-entropy")
ax.set_title("Training loss on XOR")
ax.legend()
plt.show()
