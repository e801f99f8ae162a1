# The badly scaled data of the Troubleshooting lesson (same seed, same code):
# one feature between 0 and 1, one between 0 and 1000.
rng = np.random.default_rng(7)
n = 200
X = np.column_stack([rng.uniform(0, 1, n), rng.uniform(0, 1000, n)])
y = 2 * X[:, 0] + 0.003 * X[:, 1] + 1 + rng.normal(0, 0.1, n)
X_tilde = np.column_stack([X, np.ones(n)])  # a column of ones carries the bias


def mse(theta):
    """Mean squared error of y_hat = X_tilde @ theta, theta = (w1, w2, b)."""
    return np.mean((X_tilde @ theta - y) ** 2)


def mse_gradient(theta):
    return 2 / n * X_tilde.T @ (X_tilde @ theta - y)


g = mse_gradient(np.zeros(3))
curvatures = 2 * np.mean(X_tilde**2, axis=0)  # ∂²L/∂θ_j², as in Troubleshooting
for name, g_j, c_j in zip(["w1", "w2", "b"], g, curvatures, strict=True):
    print(f"{name}: ∂L/∂{name} at 0 = {g_j:10.4g}, curvature {c_j:10.4g}")
print(f"largest curvature / smallest: {curvatures.max() / curvatures.min():.3g}")
