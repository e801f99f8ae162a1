import matplotlib.pyplot as plt

xs, us = np.meshgrid(np.linspace(-2, 11, 131), np.linspace(-4, 4, 81))
fig, ax = plt.subplots(
    figsize=(6.5, 3.4),
    layout="constrained",
    label="Circular contours of g(x, v) = x² + v² with ten gradient-descent "
    "steps going in a straight line to the minimum at the origin",
)
levels = [1, 4, 10, 25, 50, 100]
ax.contour(xs, us, g((xs, us)), levels=levels, colors="grey", linewidths=0.8)
ax.plot(*round_path.T, "o-", color="tab:green", ms=4, label="η = 0.25")
ax.plot(0, 0, "k*", ms=10, label="minimum")
ax.set_aspect("equal")
ax.set_xlabel("x")
ax.set_ylabel("v = √10·y")
ax.legend(loc="lower right", fontsize="small")
plt.show()
