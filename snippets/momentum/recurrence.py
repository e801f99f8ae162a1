# One coordinate of curvature λ: (x_{k+1}, x_k) = M (x_k, x_{k-1}).
def step_matrix(learning_rate, momentum, curvature):
    a = 1 + momentum - learning_rate * curvature
    return np.array([[a, -momentum], [1.0, 0.0]])


def rate(learning_rate, momentum):
    """The factor per step of the slowest coordinate: the largest |eigenvalue|."""
    return max(
        np.abs(np.linalg.eigvals(step_matrix(learning_rate, momentum, lam))).max()
        for lam in curvatures
    )


for beta in (0.0, 0.5):
    print(f"η = 0.09, β = {beta}")
    for name, lam in zip("xy", curvatures, strict=True):
        mu = np.linalg.eigvals(step_matrix(0.09, beta, lam))
        if mu[0].imag != 0:  # a complex pair a ± bi
            roots = f"{mu[0].real:.4f} ± {abs(mu[0].imag):.4f}i"
        else:
            roots = " and ".join(
                f"{value:.4f}" for value in sorted(mu.real, key=abs, reverse=True)
            )
        print(
            f"  {name} (λ = {lam:2g}): eigenvalues {roots}, largest |μ| = {abs(mu).max():.4f}"
        )
    print(f"  rate per step: {rate(0.09, beta):.4f}")

# The matrix, applied ten times to (x_0, x_{-1}) = (x_0, x_0), gives the path.
for name, lam, x0, column in zip("xy", curvatures, start, heavy.T, strict=True):
    x10 = (np.linalg.matrix_power(step_matrix(0.09, 0.5, lam), 10) @ [x0, x0])[0]
    print(f"{name}_10: by M¹⁰ {x10:.12f}, by momentum_descent {column[10]:.12f}")
