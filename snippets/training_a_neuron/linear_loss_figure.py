import matplotlib.pyplot as plt

fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="Loss of the linear neuron over 100 gradient-descent steps, "
    "log scale: it falls steeply, then levels off at the noise variance",
)
ax.semilogy(losses, label="training loss")
ax.axhline(0.1**2, linestyle="--", color="gray", label="noise variance 0.1²")
ax.set_xlabel("step")
ax.set_ylabel("mean squared error")
ax.set_title("Linear neuron: loss per step")
ax.legend()
plt.show()
