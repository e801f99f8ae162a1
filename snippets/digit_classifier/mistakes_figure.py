import math

import matplotlib.pyplot as plt

shown = wrong[:12]  # at most 12, in rows of at most 6
rows = math.ceil(len(shown) / 6)
columns = math.ceil(len(shown) / rows)
fig, axes = plt.subplots(
    rows,
    columns,
    figsize=(1.1 * columns, 1.4 * rows),
    layout="constrained",
    label=f"The {len(shown)} misclassified test digits as 8×8 grey images, each "
    "titled with its true digit and the network's prediction",
    squeeze=False,
)
for ax in axes.flat:
    ax.set_axis_off()
for ax, i in zip(axes.flat, shown, strict=False):
    # One grey square per pixel, 0 white to 1 black, row 0 at the top:
    # vector shapes, no embedded bitmap. The range is a little wider than
    # [0, 1], so no square is pure white or pure black, colours the site's
    # dark mode swaps for its own: the digits look the same in both modes.
    ax.pcolormesh(X_test[i].reshape(8, 8), cmap="gray_r", vmin=-0.01, vmax=1.01)
    ax.set_aspect("equal")
    ax.invert_yaxis()
    ax.set_title(f"{y_test[i]} → {predicted[i]}")
plt.show()
