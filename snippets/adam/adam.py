import math


def adam(gradient, start, learning_rate, steps, beta1=0.9, beta2=0.999, eps=1e-8):
    """Adam with bias correction. Returns the path, one row per point."""
    if not (math.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(
            f"learning_rate must be a finite number > 0, got {learning_rate!r}"
        )
    for name, beta in (("beta1", beta1), ("beta2", beta2)):
        if not 0 <= beta < 1:
            raise ValueError(f"{name} must be in [0, 1), got {beta!r}")
    if not (math.isfinite(eps) and eps > 0):
        raise ValueError(f"eps must be a finite number > 0, got {eps!r}")
    theta = np.array(start, dtype=float)
    m = np.zeros_like(theta)  # running mean of g
    v = np.zeros_like(theta)  # running mean of g²
    path = [theta]
    for t in range(1, steps + 1):
        g = gradient(theta)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g**2
        m_hat = m / (1 - beta1**t)  # bias correction
        v_hat = v / (1 - beta2**t)
        theta = theta - learning_rate * m_hat / (np.sqrt(v_hat) + eps)
        path.append(theta)
    return np.array(path)


# Adam's first step from three starts whose gradients differ in size.
print("start           gradient       first move")
for point in [(10.0, 1.0), (10.0, 0.001), (0.05, -3.0)]:
    g = valley_gradient(point)
    move = adam(valley_gradient, point, learning_rate=0.1, steps=1)[1] - point
    gradient_text = f"({g[0]:g}, {g[1]:g})"
    print(f"{point!s:15} {gradient_text:14} ({move[0]:+.9f}, {move[1]:+.9f})")
