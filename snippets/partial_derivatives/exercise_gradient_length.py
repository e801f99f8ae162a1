import numpy as np


def gradient(p):
    x, y = p
    return np.array([2 * x, 20 * y])


g = gradient(np.array([-2.0, 0.5]))
length = np.linalg.norm(g)  # √(g₁² + g₂²)
print(f"∇f(-2, 0.5) = {g}")
print(f"its length ‖∇f‖ = {length:.4f}")
