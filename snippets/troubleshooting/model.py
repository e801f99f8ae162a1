# A linear model y_hat = X @ w + b, trained by gradient descent
# on the mean squared error.
import numpy as np

rng = np.random.default_rng(7)
n = 200
X = np.column_stack(
    [rng.uniform(0, 1, n), rng.uniform(0, 1000, n)]
)  # very different scales
y = 2 * X[:, 0] + 0.003 * X[:, 1] + 1 + rng.normal(0, 0.1, n)


def gradients(X, y, w, b):
    """dL/dw = 2/n X^T (y_hat - y) and dL/db = 2/n sum(y_hat - y)."""
    error = X @ w + b - y
    return 2 * X.T @ error / len(y), 2 * np.mean(error)


def train(X, y, learning_rate, steps):
    """Gradient descent from zero weights; returns the loss at every step."""
    w, b = np.zeros(X.shape[1]), 0.0
    losses = []
    for _ in range(steps):
        losses.append(np.mean((X @ w + b - y) ** 2))
        grad_w, grad_b = gradients(X, y, w, b)
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    losses.append(np.mean((X @ w + b - y) ** 2))
    return losses


for j in range(2):
    print(f"feature {j}: from {X[:, j].min():8.3f} to {X[:, j].max():8.3f}")
