import numpy as np


def gradient(p):
    x, y = p
    return np.array([2 * x, 20 * y])


p = np.array([10.0, 1.0])
for k in range(1, 21):
    p = p - 0.11 * gradient(p)
    if k % 5 == 0:
        print(f"step {k:2d}: x = {p[0]:9.5f}   y = {p[1]:9.4f}")
y_after_20 = p[1]
