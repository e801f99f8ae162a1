def rmsprop(gradient, start, learning_rate, steps, beta2=0.9, eps=1e-8):
    """RMSProp: each coordinate's step is divided by the root of a running
    mean of its squared gradients. Returns the path."""
    theta = np.array(start, dtype=float)
    v = np.zeros_like(theta)  # running mean of g², one entry per coordinate
    path = [theta]
    for _ in range(steps):
        g = gradient(theta)
        v = beta2 * v + (1 - beta2) * g**2
        theta = theta - learning_rate * g / (np.sqrt(v) + eps)
        path.append(theta)
    return np.array(path)


rms_path = rmsprop(valley_gradient, start, learning_rate=0.1, steps=3)
for k in range(1, 4):
    g = valley_gradient(rms_path[k - 1])
    dx, dy = rms_path[k] - rms_path[k - 1]
    print(f"step {k}: gradient ({g[0]:7.3f}, {g[1]:7.3f}), move ({dx:+.4f}, {dy:+.4f})")
