import matplotlib.pyplot as plt

xs, ys = np.meshgrid(np.linspace(-1.2, 1.2, 49), np.linspace(-1.6, 1.6, 65))
fig, ax = plt.subplots(
    figsize=(5, 4),
    layout="constrained",
    label="Contours of the saddle x² − y² with gradient-descent paths from "
    "(1, y0) for y0 = 0.1, 0.01, 0.001 and 0: each first runs to the saddle "
    "at the origin; the smaller y0, the longer it waits there before leaving "
    "along y, and the path with y0 = 0 never leaves",
)
ax.contour(
    xs, ys, f((xs, ys)), [-1, -0.5, -0.1, 0.1, 0.5, 1], colors="grey", linewidths=0.8
)
for y0 in (0.1, 0.01, 0.001, 0.0):
    p, path = np.array([1.0, y0]), []
    for _ in range(50):
        path.append(p)
        if abs(p[1]) >= 1.5:
            break
        p = p - eta * saddle_gradient(p)
    path = np.array(path)
    ax.plot(path[:, 0], path[:, 1], ".-", ms=3, lw=1, label=f"y0 = {y0:g}")
ax.plot(0, 0, "kx", ms=8)
ax.set(xlabel="x", ylabel="y", aspect="equal", ylim=(-1.6, 1.6))
ax.legend(loc="lower left", fontsize="small")
plt.show()
