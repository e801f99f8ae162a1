import matplotlib.pyplot as plt

# The network's probability on an 80 x 80 grid covering the data.
grid = np.linspace(-2.5, 2.5, 80)
g1, g2 = np.meshgrid(grid, grid)
_, p_grid = forward(params, np.column_stack([g1.ravel(), g2.ravel()]))
p_grid = p_grid.reshape(g1.shape)

fig, ax = plt.subplots(
    figsize=(5, 3.5),
    layout="constrained",
    label="The trained network's probability of label 1 over the plane, "
    "with the data on top: two diagonal regions of high probability around "
    "(−1, 1) and (1, −1), separated from the other two clouds by curved "
    "boundaries",
)
levels = [0, 0.25, 0.5, 0.75, 1]
filled = ax.contourf(g1, g2, p_grid, levels, cmap="RdBu_r", alpha=0.6)
ax.contour(g1, g2, p_grid, [0.5], colors="black")  # the boundary, p = 0.5
ax.scatter(*X[y == 0].T, s=8, marker="o", color="tab:blue", label="label 0")
ax.scatter(*X[y == 1].T, s=8, marker="^", color="tab:red", label="label 1")
fig.colorbar(filled, ax=ax, label="p(label 1)")
ax.set(xlabel="x1", ylabel="x2", title="Decision boundary (p = 0.5)")
plt.show()
