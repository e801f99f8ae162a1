# The saddle f(x, y) = x² − y²: a minimum along x, a maximum along y.
import math

import numpy as np


def f(p):
    x, y = p
    return x**2 - y**2


def saddle_gradient(p):
    x, y = p
    return np.array([2 * x, -2 * y])  # (∂f/∂x, ∂f/∂y)


def steps_to_escape(y0, learning_rate, limit=1000):
    """Descent from (1, y0) until |y| ≥ 1; None if it has not escaped by `limit`."""
    p = np.array([1.0, y0])
    for k in range(limit + 1):
        if abs(p[1]) >= 1:
            return k
        p = p - learning_rate * saddle_gradient(p)
    return None


eta = 0.1
print(f"per step: x × {1 - 2 * eta:.1f}, y × {1 + 2 * eta:.1f}")
print("       y0   steps to |y| ≥ 1   ⌈log(1/|y0|) / log(1 + 2η)⌉")
for y0 in (0.1, 1e-3, 1e-6, 1e-9, 0.0):
    counted = steps_to_escape(y0, eta)
    if y0 == 0:
        print(f"{y0:9.0e}   {'never':>16}   {'∞':>28}")
        continue
    formula = math.ceil(math.log(1 / abs(y0)) / math.log(1 + 2 * eta))
    print(f"{y0:9.0e}   {counted:16d}   {formula:28d}")
