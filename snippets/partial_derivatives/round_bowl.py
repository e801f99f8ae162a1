# Rescale y: with u = √10·y, f = x² + 10y² becomes g(x, u) = x² + u².
def g(q):
    x, u = q
    return x**2 + u**2


def gradient_g(q):
    x, u = q
    return np.array([2 * x, 2 * u])  # the same curvature in both directions


start = np.array([10.0, np.sqrt(10) * 1.0])  # (x, y) = (10, 1), rescaled
round_path = gradient_descent(gradient_g, start, learning_rate=0.25, steps=10)
for k, (x, u) in enumerate(round_path):
    print(f"step {k:2d}: x = {x:8.5f}   u = {u:8.5f}   u/x = {u / x:.5f}")
