import matplotlib.pyplot as plt

xs, ys = np.meshgrid(np.linspace(-2, 11, 131), np.linspace(-3, 3, 61))
fig, ax = plt.subplots(
    figsize=(6.5, 3.2),
    layout="constrained",
    label="Contours of f(x, y) = x² + 10y² with ten gradient-descent steps "
    "zig-zagging across the valley towards the minimum at the origin",
)
levels = [1, 4, 10, 25, 50, 100]
ax.contour(xs, ys, f((xs, ys)), levels=levels, colors="grey", linewidths=0.8)
ax.plot(path[:, 0], path[:, 1], "o-", color="tab:red", ms=4, label="η = 0.09")
ax.plot(0, 0, "k*", ms=10, label="minimum")
ax.set_aspect("equal")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend(loc="upper right", fontsize="small")
plt.show()
