import matplotlib.pyplot as plt

grid = np.linspace(-2, 2, 81)
fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="The double well x⁴ − 2x² + 0.3x with the 21 starts drawn on the "
    "curve: circles left of the local maximum (dashed line) go to the left "
    "minimum, triangles right of it to the right minimum",
)
ax.plot(grid, f(grid), color="grey", lw=1)
ax.axvline(boundary, ls="--", color="black", lw=0.8, label="local maximum")
for side, marker in (("left", "o"), ("right", "^")):
    xs = starts[went_left] if side == "left" else starts[~went_left]
    ax.plot(xs, f(xs), marker, ls="none", label=f"starts ending in the {side} minimum")
ax.plot(critical[[0, 2]], f(critical[[0, 2]]), "k*", ms=10, label="minima")
ax.set(xlabel="x", ylabel="f(x)", ylim=(-2, 9))
ax.legend(fontsize="small", loc="upper center")
plt.show()
