def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))  # 1 / (1 + e^(-z)), overflow-free


def neuron_loss(w, b, X, y):
    """Cross-entropy of one logistic neuron, log(1 + e^z) - y z averaged."""
    z = X @ w + b
    return np.mean(np.logaddexp(0.0, z) - y * z)


def neuron_gradients(w, b, X, y):
    error = sigmoid(X @ w + b) - y  # dL/dz, one per example (times n)
    return X.T @ error / len(y), np.mean(error)


w, b = np.zeros(2), 0.0
neuron_losses = [neuron_loss(w, b, X, y)]
for _ in range(500):
    grad_w, grad_b = neuron_gradients(w, b, X, y)
    w, b = w - 1.0 * grad_w, b - 1.0 * grad_b
    neuron_losses.append(neuron_loss(w, b, X, y))

p = sigmoid(X @ w + b)
start, end = neuron_losses[0], neuron_losses[-1]
print(f"loss: {start:.4f} at the start, {end:.4f} after 500 steps")
print(f"accuracy: {np.mean((p > 0.5) == (y == 1)):.3f}")
print(f"most confident prediction: p = {p.max():.3f}, least: p = {p.min():.3f}")
