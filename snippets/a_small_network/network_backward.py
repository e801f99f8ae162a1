def network_gradients(params, X, y):
    """Backpropagation: the gradient of network_loss, one layer at a time."""
    H, p = forward(params, X)
    n = len(y)
    dz = (p - y) / n  # output layer: dL/dz_i
    grads = {"w2": H.T @ dz, "b2": np.sum(dz)}
    dH = np.outer(dz, params["w2"])  # back through w2: dL/dH
    dZ = dH * (1 - H**2)  # back through tanh: dL/dZ, since tanh' = 1 - tanh²
    grads["W1"] = X.T @ dZ  # first layer
    grads["b1"] = np.sum(dZ, axis=0)
    return grads


grads = network_gradients(params, X, y)
for name, value in grads.items():
    largest = np.max(np.abs(value))
    print(f"dL/d{name}: shape {np.shape(value)}, largest entry {largest:.4f}")
