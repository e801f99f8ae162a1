import matplotlib.pyplot as plt

xs, ys = np.meshgrid(np.linspace(-2, 11, 66), np.linspace(-2, 2, 41))
fig, ax = plt.subplots(
    figsize=(6.5, 3.2),
    layout="constrained",
    label="Contours of the valley x² + 10y² with the first 30 steps of three "
    "runs from (10, 1): descent zig-zags across the valley, momentum takes "
    "longer strides, Adam (η = 0.1) moves in short steps of about 0.1 and is "
    "still far from the minimum",
)
ax.contour(xs, ys, f((xs, ys)), [1, 4, 10, 25, 50, 100], colors="grey", linewidths=0.8)
shown_runs = ["descent, η = 0.09", "momentum, η = 0.09, β = 0.5", "Adam, η = 0.1"]
for name, style in zip(shown_runs, ["o-", "s-", "^-"], strict=True):
    ax.plot(runs[name][:31, 0], runs[name][:31, 1], style, ms=3, lw=1, label=name)
ax.plot(0, 0, "k*", ms=10)
ax.set(xlabel="x", ylabel="y", aspect="equal")
ax.legend(loc="lower right", fontsize="small")
plt.show()
