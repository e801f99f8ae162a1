import math


def momentum_descent(gradient, start, learning_rate, momentum, steps):
    """Return the path [p0, p1, ..., p_steps] of gradient descent with momentum:
    v ← β·v + ∇f(p), then p ← p − η·v, starting from v = 0."""
    if not (math.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(
            f"learning rate η must be finite and > 0, got {learning_rate!r}"
        )
    if not 0 <= momentum < 1:  # False for nan too
        raise ValueError(f"momentum β must be in [0, 1), got {momentum!r}")
    p = np.array(start, dtype=float)
    v = np.zeros_like(p)  # the velocity: a decaying sum of past gradients
    path = [p]
    for _ in range(steps):
        v = momentum * v + gradient(p)
        p = p - learning_rate * v
        path.append(p)
    return np.array(path)


start = [10.0, 1.0]
plain = momentum_descent(gradient, start, learning_rate=0.09, momentum=0.0, steps=10)
heavy = momentum_descent(gradient, start, learning_rate=0.09, momentum=0.5, steps=10)
print("          plain, β = 0            momentum, β = 0.5")
for k, ((x, y), (xm, ym)) in enumerate(zip(plain, heavy, strict=True)):
    print(f"step {k:2d}: x = {x:7.4f}  y = {y:7.4f}    x = {xm:7.4f}  y = {ym:7.4f}")
