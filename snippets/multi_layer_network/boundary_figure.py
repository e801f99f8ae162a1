import matplotlib.pyplot as plt

# The trained network's output ŷ on a 30 × 30 grid over the data.
grid = np.linspace(-1.5, 1.5, 30)
g1, g2 = np.meshgrid(grid, grid)
y_grid = np.array([[model([a, b]).data for a in grid] for b in grid])  # rows: x2

fig, (loss_ax, data_ax) = plt.subplots(
    1,
    2,
    figsize=(7, 3.4),
    layout="constrained",
    label="Left: the mean squared error per epoch, falling from about 0.9 to "
    "about 0.2. Right: the two circles of points and the trained network's "
    "boundary ŷ = 0, a curve that bends around the inner circle and stays "
    "open on the right",
)
loss_ax.plot(losses)
loss_ax.set(xlabel="epoch", ylabel="L", title="Loss per epoch")

data_ax.contourf(g1, g2, y_grid, [-1, 0, 1], colors=["tab:blue", "tab:red"], alpha=0.25)
data_ax.contour(g1, g2, y_grid, [0], colors="black")  # the boundary, ŷ = 0
X_arr, y_arr = np.array(X), np.array(y)
data_ax.scatter(*X_arr[y_arr > 0].T, s=10, marker="^", color="tab:red", label="y = +1")
data_ax.scatter(*X_arr[y_arr < 0].T, s=10, marker="o", color="tab:blue", label="y = −1")
data_ax.set(xlabel="x1", ylabel="x2", title="Boundary ŷ = 0", aspect="equal")
data_ax.legend(fontsize="small", loc="upper right")
plt.show()
