import numpy as np

d = len(theta_star)
unit = np.eye(d)  # the unit vectors e_1, ..., e_d, as rows
theta0 = np.array(theta_star)

# Column j of H is H e_j: d Hessian-vector products build the whole matrix.
H = np.column_stack([hvp(loss, theta_star, unit[j])[1] for j in range(d)])


def gradient_at(theta):
    return np.array(gradient(loss, list(theta)))


# Independently: column j is (∇L(θ* + h e_j) − ∇L(θ* − h e_j)) / 2h.
h = 1e-5
H_differences = np.column_stack(
    [
        (gradient_at(theta0 + h * e) - gradient_at(theta0 - h * e)) / (2 * h)
        for e in unit
    ]
)
print(f"H is {d} × {d}; largest |H - Hᵀ| = {np.abs(H - H.T).max():.1e}")
print(f"largest |H - differences of ∇L| = {np.abs(H - H_differences).max():.1e}")

eigenvalues = np.linalg.eigvalsh(H)  # in increasing order
print("largest four eigenvalues:", np.array2string(eigenvalues[:-5:-1], precision=6))
print(f"λ_max by eigvalsh:        {eigenvalues[-1]:.10f}")
print(f"λ_max by power iteration: {lambda_max:.10f}")
zeros = np.sum(np.abs(eigenvalues) < 1e-9 * eigenvalues[-1])
print(f"eigenvalues that are 0 up to rounding: {zeros} of {d}")
ratio = eigenvalues[-2] / eigenvalues[-1]
print(f"λ₂/λ₁ = {ratio:.3f}, so (λ₂/λ₁)² = {ratio**2:.3f}")
