# The narrow valley f(x, y) = x² + 10y², and plain gradient descent on it.
import numpy as np


def f(p):
    x, y = p
    return x**2 + 10 * y**2


def valley_gradient(p):
    x, y = p
    return np.array([2 * x, 20 * y])  # (∂f/∂x, ∂f/∂y)


def descend(gradient, start, learning_rate, steps):
    """Plain gradient descent; returns the path, one row per point."""
    theta = np.array(start, dtype=float)
    path = [theta]
    for _ in range(steps):
        theta = theta - learning_rate * gradient(theta)
        path.append(theta)
    return np.array(path)


start = (10.0, 1.0)
eta = 0.09  # close to the best single rate, 1/11
print(f"factors per step at η = {eta}: x × {1 - 2 * eta:.2f}, y × {1 - 20 * eta:.2f}")
path = descend(valley_gradient, start, eta, steps=50)
for k in (0, 10, 25, 50):
    print(f"step {k:2d}: f = {f(path[k]):.4g}")

# One learning rate per coordinate, 1/curvature, lands on the minimum at once.
own_rates = np.array([1 / 2, 1 / 20])
one_step = np.array(start) - own_rates * valley_gradient(start)
print(f"rates (1/2, 1/20), one step from {start}: {tuple(one_step.tolist())}")
