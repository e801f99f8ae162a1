import matplotlib.pyplot as plt

plain_long = momentum_descent(
    gradient, start, learning_rate=0.09, momentum=0.0, steps=15
)
heavy_long = momentum_descent(
    gradient, start, learning_rate=0.09, momentum=0.5, steps=15
)
xs, ys = np.meshgrid(np.linspace(-2, 11, 66), np.linspace(-1.2, 1.2, 25))
fig, ax = plt.subplots(
    figsize=(6.5, 3.4),
    layout="constrained",
    label="Contours of f(x, y) = x² + 10y² with 15 steps from (10, 1) at learning "
    "rate 0.09: plain gradient descent zig-zags across the valley and is still "
    "creeping along it, while momentum 0.5 has swung past the minimum and back",
)
ax.contour(
    xs, ys, f((xs, ys)), levels=[1, 4, 10, 25, 50, 100], colors="grey", linewidths=0.8
)
ax.plot(*plain_long.T, "o-", color="tab:red", ms=3, lw=1, label="plain, β = 0")
ax.plot(*heavy_long.T, "s-", color="tab:blue", ms=3, lw=1, label="momentum, β = 0.5")
ax.plot(0, 0, "k*", ms=10, label="minimum")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.set_title("y is stretched: the valley is narrower than drawn", fontsize="small")
fig.legend(loc="outside lower center", ncols=3, fontsize="small")
plt.show()
