import matplotlib.pyplot as plt

fig, axes = plt.subplots(
    1,
    3,
    figsize=(7.5, 2.8),
    layout="constrained",
    label="The three Jacobians as grids of coloured cells, red positive, blue "
    "negative, white zero: the linear layer's is W1 itself, 5 by 4 and full; "
    "tanh's is 5 by 5 with only its diagonal filled; softmax's is 3 by 3, "
    "positive on the diagonal and negative off it",
)
panels = [
    (W1, "linear: W1, 5 × 4"),
    (tanh_jacobian(z1), "tanh: diagonal, 5 × 5"),
    (J_softmax, "softmax: 3 × 3"),
]
for ax, (matrix, title) in zip(axes, panels, strict=True):
    limit = np.max(np.abs(matrix))
    ax.pcolormesh(matrix, cmap="RdBu_r", vmin=-limit, vmax=limit, edgecolors="gray")
    ax.set_aspect("equal")
    ax.invert_yaxis()  # row 1 on top, as the matrix is printed
    ax.set(title=title, xticks=[], yticks=[], xlabel="input j", ylabel="output i")
plt.show()
