import numpy as np


def gradient(p):
    x, y = p
    return np.array([2 * x, 20 * y])


def steps_within(eta, beta, tolerance=1e-6):
    """Steps of momentum from (10, 1) until the point is within tolerance of 0."""
    p, velocity, k = np.array([10.0, 1.0]), np.zeros(2), 0
    while np.linalg.norm(p) >= tolerance:
        velocity = beta * velocity + gradient(p)
        p, k = p - eta * velocity, k + 1
    return k


eta, beta = 0.01, 0.9
steps = steps_within(eta, beta)
print(f"η = {eta}, β = {beta}: within 1e-6 of the minimum after {steps} steps")
for lam in (2, 20):
    a = 1 + beta - eta * lam
    mu = np.roots([1, -a, beta])  # the roots of μ² − a μ + β
    print(
        f"λ = {lam:2d}: a² − 4β = {a * a - 4 * beta:+.4f}, largest |μ| = {abs(mu).max():.4f}"
    )
plain = steps_within(0.09, 0.0)
print(
    f"plain descent, η = 0.09: {plain} steps; β = 0.9 takes {steps / plain:.2f} times as many"
)
