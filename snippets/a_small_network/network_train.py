import math


def train_network(X, y, learning_rate, steps, hidden=8, seed=1):
    """Full-batch gradient descent with backpropagation.

    Returns the trained params and losses (losses[k]: loss after k steps).
    """
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or X.shape[1] != 2 or y.shape != (X.shape[0],):
        wanted = "X of shape (n, 2) and y of shape (n,)"
        raise ValueError(f"need {wanted}: got {X.shape} and {y.shape}")
    if not (math.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(
            f"learning_rate must be a finite number > 0, got {learning_rate!r}"
        )
    params = init_params(hidden, seed)
    losses = [network_loss(params, X, y)]
    for _ in range(steps):
        grads = network_gradients(params, X, y)
        for name in params:
            params[name] = params[name] - learning_rate * grads[name]
        losses.append(network_loss(params, X, y))
    return params, losses


params, losses = train_network(X, y, learning_rate=0.5, steps=2000)
for step in range(0, 2001, 250):
    print(f"step {step:4d}: loss {losses[step]:.4f}")
_, p = forward(params, X)
print(f"accuracy: {np.mean((p > 0.5) == (y == 1)):.3f}")
