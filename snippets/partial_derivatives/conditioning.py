# The Troubleshooting lesson's data: two features on very different scales.
import numpy as np

rng = np.random.default_rng(7)
n = 200
X = np.column_stack([rng.uniform(0, 1, n), rng.uniform(0, 1000, n)])


def condition_number(features):
    """κ of the MSE's Hessian (2/n)X̃ᵀX̃ for a linear model, X̃ = [features, 1]."""
    X_tilde = np.column_stack([features, np.ones(len(features))])
    hessian = 2 / len(X_tilde) * X_tilde.T @ X_tilde
    eigenvalues = np.linalg.eigvalsh(hessian)  # ascending
    return eigenvalues[-1] / eigenvalues[0]


mean, std = X.mean(axis=0), X.std(axis=0)
for name, features in [
    ("raw", X),
    ("centred only", X - mean),
    ("scaled only", X / std),
    ("standardised", (X - mean) / std),
]:
    print(f"{name:>12}: κ = {condition_number(features):.3g}")
