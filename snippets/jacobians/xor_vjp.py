def linear_vjp(X, W, v):
    """For Z = X W + b (one example per row) and v = ∂L/∂Z:
    return ∂L/∂X, ∂L/∂W and ∂L/∂b."""
    return v @ W.T, X.T @ v, np.sum(v, axis=0)


def tanh_vjp(H, v):
    """For H = tanh(Z) and v = ∂L/∂H: return ∂L/∂Z, entry by entry."""
    return v * (1 - H**2)


def gradients_by_vjps(params, X, y):
    """Forward through the layers, then back through them: one VJP each."""
    W2 = params["w2"][:, None]  # the output layer as a (hidden, 1) matrix
    H = np.tanh(X @ params["W1"] + params["b1"])
    p = sigmoid(H @ W2 + params["b2"])  # shape (n, 1)
    v = (p - y[:, None]) / len(y)  # ∂L/∂z: the loss's VJP
    v, grad_W2, grad_b2 = linear_vjp(H, W2, v)  # v becomes ∂L/∂H
    v = tanh_vjp(H, v)  # Δ = ∂L/∂Z
    _, grad_W1, grad_b1 = linear_vjp(X, params["W1"], v)  # ∂L/∂X: not needed
    return {"W1": grad_W1, "b1": grad_b1, "w2": grad_W2[:, 0], "b2": grad_b2[0]}


by_vjps = gradients_by_vjps(params, X, y)
for name, value in by_vjps.items():
    print(
        f"dL/d{name}: shape {np.shape(value)}, largest entry {np.max(np.abs(value)):.4f}"
    )
