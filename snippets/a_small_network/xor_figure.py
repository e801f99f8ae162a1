import matplotlib.pyplot as plt

fig, ax = plt.subplots(
    figsize=(4.5, 3.5),
    layout="constrained",
    label="The XOR data: four clouds of points around (±1, ±1); "
    "the clouds at (−1, 1) and (1, −1) have label 1, the other two 0",
)
ax.scatter(*X[y == 0].T, s=10, marker="o", label="label 0")
ax.scatter(*X[y == 1].T, s=10, marker="^", label="label 1")
ax.set_xlabel("x1")
ax.set_ylabel("x2")
ax.set_title("XOR data")
ax.legend(fontsize="small", loc="center")
plt.show()
