# f(x, y) = x² + 10y²: a valley, ten times steeper across (y) than along (x).
import numpy as np


def f(p):
    x, y = p
    return x**2 + 10 * y**2


def gradient(p):
    x, y = p
    return np.array([2 * x, 20 * y])  # (∂f/∂x, ∂f/∂y)


point = np.array([3.0, 1.0])
print(f"f{tuple(point.tolist())} = {f(point)}")
print(f"∇f{tuple(point.tolist())} = {gradient(point)}")
