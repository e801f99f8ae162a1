import numpy as np


def phi(p):
    x, y = p
    return 4 * x**2 + y**2


def gradient_phi(p):
    x, y = p
    return np.array([8 * x, 2 * y])


lam_min, lam_max = 2.0, 8.0  # the curvatures: ∂²φ/∂y² and ∂²φ/∂x²
kappa = lam_max / lam_min
eta = 4 / (np.sqrt(lam_max) + np.sqrt(lam_min)) ** 2
beta = ((np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)) ** 2
print(
    f"κ = {kappa:g}: best η = {eta:.4f}, best β = {beta:.4f}, rate √β = {np.sqrt(beta):.4f}"
)


def steps_within(eta, beta, tolerance=1e-6):
    p, v, k = np.array([1.0, 1.0]), np.zeros(2), 0
    while np.linalg.norm(p) >= tolerance:
        v = beta * v + gradient_phi(p)
        p, k = p - eta * v, k + 1
    return k


steps = steps_within(eta, beta)
print(f"best momentum: within 1e-6 of the minimum after {steps} steps")
print(f"best plain descent (η = 0.2): after {steps_within(0.2, 0.0)} steps")
