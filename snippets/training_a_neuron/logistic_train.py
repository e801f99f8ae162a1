import math


def train_logistic(X, y, learning_rate, steps):
    """Full-batch gradient descent on the cross-entropy, from w = 0, b = 0."""
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2 or y.ndim != 1 or X.shape[0] != y.shape[0]:
        shapes = f"X has shape {X.shape}, y has shape {y.shape}"
        raise ValueError(f"X needs one row per label: {shapes}")
    if not (math.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(
            f"learning_rate must be a finite number > 0, got {learning_rate!r}"
        )
    w, b = np.zeros(X.shape[1]), 0.0
    losses = [cross_entropy(w, b, X, y)]
    for _ in range(steps):
        grad_w, grad_b = cross_entropy_gradients(w, b, X, y)
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
        losses.append(cross_entropy(w, b, X, y))
    return w, b, losses


def accuracy(w, b, X, y):
    """Fraction of examples where 'σ(z) > 0.5' agrees with the label."""
    predicted = sigmoid(X @ w + b) > 0.5
    return np.mean(predicted == (y == 1))


w, b, losses = train_logistic(X_cls, y_cls, learning_rate=1.0, steps=300)
for step in range(0, 301, 50):
    print(f"step {step:3d}: loss {losses[step]:.6f}")
print(f"accuracy on the training data: {accuracy(w, b, X_cls, y_cls):.3f}")
print(f"true    w = ({true_w[0]:.4f}, {true_w[1]:.4f}), b = {true_b:.4f}")
print(f"learned w = ({w[0]:.4f}, {w[1]:.4f}), b = {b:.4f}")
