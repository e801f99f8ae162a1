def sigmoid_derivative(z):
    """σ'(z) = σ(z)(1 - σ(z))."""
    s = sigmoid(z)
    return s * (1 - s)


def cross_entropy(w, b, X, y):
    """Mean of -[y log σ(z) + (1 - y) log(1 - σ(z))] = log(1 + e^z) - y z."""
    z = X @ w + b
    return np.mean(np.logaddexp(0.0, z) - y * z)


def cross_entropy_gradients(w, b, X, y):
    """(dL/dw, dL/db): the error σ(z) - y times the input, averaged."""
    error = sigmoid(X @ w + b) - y  # one number per example
    return X.T @ error / len(y), np.mean(error)


w0, b0 = np.zeros(2), 0.0
grad_w, grad_b = cross_entropy_gradients(w0, b0, X_cls, y_cls)
print(f"loss at w = (0, 0), b = 0: {cross_entropy(w0, b0, X_cls, y_cls):.6f}")
print(f"dL/dw = ({grad_w[0]:.6f}, {grad_w[1]:.6f})")
print(f"dL/db = {grad_b:.6f}")
