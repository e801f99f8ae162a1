# Each point was drawn around a corner. Noise that flips the sign of one of its
# coordinates carries it across an axis, into a quadrant of the other class
# (x1 changing sign crosses the x2-axis, the line x1 = 0, and the other way round).
_, p = forward(params, X)
says = (p > 0.5).astype(float)
home = np.repeat(corners, 50, axis=0)  # the corner each point was drawn around
flipped = np.sign(X) != home  # which coordinates changed sign
print("carried across an axis, into the other class's quadrant:")
for i in np.flatnonzero(flipped.sum(axis=1) == 1):
    j = int(np.argmax(flipped[i]))  # the coordinate that changed sign
    axis = "x2" if j == 0 else "x1"
    verdict = "right" if says[i] == y[i] else "wrong"
    print(
        f"  ({X[i, 0]:+.3f}, {X[i, 1]:+.3f}), label {y[i]:.0f}: "
        f"{abs(X[i, j]):.3f} past the {axis}-axis, p = {p[i]:.3f}, {verdict}"
    )

missed = np.flatnonzero(says != y)
print(f"points the network misses: {missed.size}")
for i in missed:
    distances = np.linalg.norm(X - X[i], axis=1)
    nearest = np.argsort(distances)[1:6]  # [0] is the point itself
    labels = ", ".join(f"{label:.0f}" for label in y[nearest])
    print(
        f"  ({X[i, 0]:+.3f}, {X[i, 1]:+.3f}): its 5 nearest neighbours have labels {labels}"
    )
