def mse_loss(w, b, X, y):
    """Mean squared error of the linear neuron y_hat = X @ w + b."""
    residual = X @ w + b - y
    return np.mean(residual**2)


def mse_gradients(w, b, X, y):
    """(dL/dw, dL/db) of the mean squared error, derived by hand above."""
    residual = X @ w + b - y  # r_i = y_hat_i - y_i
    n = len(y)
    return 2 / n * X.T @ residual, 2 / n * np.sum(residual)


w0, b0 = np.zeros(2), 0.0
grad_w, grad_b = mse_gradients(w0, b0, X, y)
print(f"loss at w = (0, 0), b = 0: {mse_loss(w0, b0, X, y):.6f}")
print(f"dL/dw = ({grad_w[0]:.6f}, {grad_w[1]:.6f})")
print(f"dL/db = {grad_b:.6f}")
