def network_gradients(params, X, labels):
    """Backpropagation: the gradient of network_loss, layer by layer."""
    H1, Z2 = forward(params, X)
    dZ2 = cross_entropy_gradient(Z2, labels)  # Δ₂ = (P - Y) / B
    grads = {"W2": H1.T @ dZ2, "b2": dZ2.sum(axis=0)}
    dH1 = dZ2 @ params["W2"].T  # back through W2
    dZ1 = dH1 * (1 - H1**2)  # Δ₁: back through tanh
    grads["W1"] = X.T @ dZ1
    grads["b1"] = dZ1.sum(axis=0)
    return grads


NAMES = ("W1", "b1", "W2", "b2")


def flatten(params):
    """All parameters in one vector θ, in the order of NAMES."""
    return np.concatenate([np.ravel(params[name]) for name in NAMES])


def unflatten(theta, like):
    """The inverse of flatten: cut θ into arrays shaped like `like`'s."""
    params, start = {}, 0
    for name in NAMES:
        size = like[name].size
        params[name] = theta[start : start + size].reshape(like[name].shape)
        start += size
    return params


batch = slice(0, 32)  # the first 32 training images
grads = network_gradients(params, X_train[batch], y_train[batch])
for name in NAMES:
    print(f"dL/d{name}: shape {grads[name].shape}")
theta = flatten(params)
print(f"θ has {theta.size} entries; of ∇L, {np.sum(flatten(grads) == 0)} are exactly 0")
blank = np.sum(np.all(X_train[batch] == 0, axis=0))
print(f"pixels blank in all 32 images of the batch: {blank}")
