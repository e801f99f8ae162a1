import numpy as np


def gradient(p):
    x, y = p
    return np.array([2 * x, 20 * y])


eta, beta = 0.01, 0.9
points, velocity = [np.array([10.0, 1.0])], np.zeros(2)
while np.linalg.norm(points[-1]) >= 1e-6:
    velocity = beta * velocity + gradient(points[-1])
    points.append(points[-1] - eta * velocity)
steps = len(points) - 1
print(f"η = {eta}, β = {beta}: within 1e-6 of the minimum after {steps} steps")
for lam in (2, 20):
    a = 1 + beta - eta * lam
    z = np.roots([1, -a, beta])  # the roots of z² − a z + β
    print(
        f"λ = {lam:2d}: a² − 4β = {a * a - 4 * beta:+.4f}, largest |z| = {abs(z).max():.4f}"
    )
