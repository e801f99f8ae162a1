# XOR as a cloud of points: label 1 where the signs of x1 and x2 differ.
import numpy as np

rng = np.random.default_rng(0)
corners = np.array([[-1.0, -1.0], [-1.0, 1.0], [1.0, -1.0], [1.0, 1.0]])
corner_labels = np.array([0.0, 1.0, 1.0, 0.0])  # the XOR truth table
X = np.repeat(corners, 50, axis=0) + rng.normal(scale=0.35, size=(200, 2))
y = np.repeat(corner_labels, 50)

print(f"X: {X.shape[0]} points x {X.shape[1]} coordinates")
print(f"labels: {int(np.sum(y == 0))} zeros, {int(np.sum(y == 1))} ones")
