import numpy as np


def phi(p):
    x, y = p
    return 4 * x**2 + y**2


def gradient_phi(p):
    x, y = p
    return np.array([8 * x, 2 * y])


p = np.array([1.0, 1.0])
steps = 0
while phi(p) >= 1e-6:
    p = p - 0.1 * gradient_phi(p)
    steps += 1
print(f"phi < 1e-6 after {steps} steps, at x = {p[0]:.2e}, y = {p[1]:.2e}")
