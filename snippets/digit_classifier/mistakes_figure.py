import matplotlib.pyplot as plt

shown = wrong[:12]
fig, axes = plt.subplots(
    1,
    len(shown),
    figsize=(1.0 * len(shown), 1.5),
    layout="constrained",
    label=f"The {len(shown)} misclassified test digits as 8×8 grey images, each "
    "titled with its true digit and the network's prediction",
    squeeze=False,
)
for ax, i in zip(axes[0], shown, strict=True):
    ax.imshow(X_test[i].reshape(8, 8), cmap="gray_r", vmin=0, vmax=1)
    ax.set_title(f"{y_test[i]} → {predicted[i]}")
    ax.set_axis_off()
plt.show()
