import matplotlib.pyplot as plt

fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="Variance of a mini-batch gradient at the minimiser against the "
    "batch size B, log-log: the measured points lie on the curve "
    "(n − B)/(B(n − 1)) s², just under the line s²/B, and fall fast as B nears n",
)
ax.loglog(sizes[:-1], measured[:-1], "o", label="measured (500 shuffles)")
grid = np.arange(1, n)
ax.loglog(grid, (n - grid) / (grid * (n - 1)) * spread, label="(n − B)/(B(n − 1)) s²")
ax.loglog(grid, spread / grid, "--", color="gray", label="s²/B")
ax.set_xlabel("batch size B")
ax.set_ylabel("variance of the batch gradient")
ax.set_title("Bigger batches, less noise (B = n: none)")
ax.legend()
plt.show()
