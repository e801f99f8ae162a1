# A linear model y_hat = X @ w + b, trained by gradient descent
# on the mean squared error.
import numpy as np

rng = np.random.default_rng(7)
n = 200
X = np.column_stack(
    [rng.uniform(0, 1, n), rng.uniform(0, 1000, n)]
)  # very different scales
y = 2 * X[:, 0] + 0.003 * X[:, 1] + 1 + rng.normal(0, 0.1, n)


def train(X, y, learning_rate, steps):
    """Gradient descent from zero weights; returns the loss at every step."""
    w, b = np.zeros(X.shape[1]), 0.0
    losses = []
    for _ in range(steps):
        error = X @ w + b - y
        losses.append(np.mean(error**2))
        w = w - learning_rate * 2 * X.T @ error / len(y)
        b = b - learning_rate * 2 * np.mean(error)
    losses.append(np.mean((X @ w + b - y) ** 2))
    return losses


for j in range(2):
    print(f"feature {j}: from {X[:, j].min():8.3f} to {X[:, j].max():8.3f}")
