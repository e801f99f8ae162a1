import math


def train_linear(X, y, learning_rate, steps):
    """Full-batch gradient descent on the mean squared error, from w = 0, b = 0.

    Returns the learned w and b, and losses: losses[k] is the loss
    after k steps.
    """
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        shapes = f"X has shape {X.shape}, y has shape {y.shape}"
        raise ValueError(f"X needs one row per target: {shapes}")
    if not (math.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(
            f"learning_rate must be a finite number > 0, got {learning_rate!r}"
        )
    w, b = np.zeros(X.shape[1]), 0.0
    losses = [mse_loss(w, b, X, y)]
    for _ in range(steps):
        grad_w, grad_b = mse_gradients(w, b, X, y)
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
        losses.append(mse_loss(w, b, X, y))
    return w, b, losses


w, b, losses = train_linear(X, y, learning_rate=0.1, steps=100)
for step in range(0, 101, 10):
    print(f"step {step:3d}: loss {losses[step]:.6f}")
