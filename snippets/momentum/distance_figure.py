fig, ax = plt.subplots(
    figsize=(6.5, 3.2),
    layout="constrained",
    label="Distance to the minimum against the step, log scale, for the four "
    "settings of the table: each falls at a steady slope set by its rate (the "
    "run with β = 0.5 with small wiggles), and the best momentum reaches 1e-6 first",
)
for (name, (eta, beta)), style in zip(
    settings.items(), ["--", "-", "--", "-"], strict=True
):
    path = momentum_descent(gradient, start, eta, beta, steps=60)
    ax.semilogy(np.linalg.norm(path, axis=1), style, label=name)
ax.axhline(1e-6, color="grey", lw=0.8)
ax.set_ylim(1e-9, 100)
ax.set_xlabel("step k")
ax.set_ylabel("distance to the minimum")
ax.legend(fontsize="small")
plt.show()
