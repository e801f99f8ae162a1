import math


def gradient_descent(gradient, start, learning_rate, steps):
    """Return the path [p0, p1, ..., p_steps] of p ← p − η·∇f(p)."""
    if not (math.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(f"learning rate must be finite, > 0: {learning_rate}")
    p = np.array(start, dtype=float)
    path = [p]
    for _ in range(steps):
        g = gradient(p)
        if g.shape != p.shape:
            raise ValueError(f"gradient shape {g.shape} != shape {p.shape}")
        p = p - learning_rate * g
        path.append(p)
    return np.array(path)


path = gradient_descent(gradient, [10.0, 1.0], learning_rate=0.09, steps=10)
for k, (x, y) in enumerate(path):
    print(f"step {k:2d}: x = {x:8.5f}   y = {y:8.5f}   f = {f((x, y)):9.5f}")
