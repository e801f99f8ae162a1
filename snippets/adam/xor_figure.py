import matplotlib.pyplot as plt

fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="Cross-entropy on the XOR data over 300 steps, log scale, for four "
    "optimisers from the same start: momentum and Adam with η = 0.1 fall "
    "fastest, Adam with η = 0.01 and plain descent with η = 0.5 fall slowest",
)
for name, losses in xor_losses.items():
    ax.semilogy(losses, label=name)
ax.set(xlabel="step", ylabel="cross-entropy", title="Training the XOR network")
ax.legend(fontsize="small")
plt.show()
