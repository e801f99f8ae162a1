def example_gradients(theta, x, y):
    """One row per example: ∇ℓ_i = 2 r_i (x_i, 1), with r_i = w x_i + b - y_i."""
    w, b = theta
    residual = w * x + b - y
    return 2 * residual[:, None] * np.column_stack([x, np.ones_like(x)])


def loss(theta, x, y):
    """L(θ): the mean of ℓ_i = r_i² over the examples given."""
    w, b = theta
    return np.mean((w * x + b - y) ** 2)


def gradient(theta, x, y):
    """∇L(θ): the mean of the per-example gradients."""
    return example_gradients(theta, x, y).mean(axis=0)


loss_best = loss(theta_best, x, y)
theta0 = np.zeros(2)
print(f"L(θ*) = {loss_best:.6f}, the smallest loss any line reaches")
g_best = gradient(theta_best, x, y)
g0 = gradient(theta0, x, y)
g1 = example_gradients(theta0, x, y)[0]
print(f"∇L(θ*)     = ({g_best[0]:.1e}, {g_best[1]:.1e})")
print(f"∇L(0, 0)   = ({g0[0]:+.6f}, {g0[1]:+.6f})")
print(f"∇ℓ_1(0, 0) = ({g1[0]:+.6f}, {g1[1]:+.6f})")
ratio = np.linalg.norm(g1) / np.linalg.norm(g0)
print(f"length of ∇ℓ_1(0, 0) over length of ∇L(0, 0): {ratio:.2f}")
cos_angle = g1 @ g0 / (np.linalg.norm(g1) * np.linalg.norm(g0))
print(f"angle between ∇ℓ_1(0, 0) and ∇L(0, 0): {np.degrees(np.arccos(cos_angle)):.1f}°")
