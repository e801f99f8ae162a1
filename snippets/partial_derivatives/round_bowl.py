# Rescale y: with v = √10·y, f = x² + 10y² becomes g(x, v) = x² + v².
def g(q):
    x, v = q
    return x**2 + v**2


def gradient_g(q):
    x, v = q
    return np.array([2 * x, 2 * v])  # the same curvature in both directions


start = np.array([10.0, np.sqrt(10) * 1.0])  # (x, y) = (10, 1), rescaled
round_path = gradient_descent(gradient_g, start, learning_rate=0.25, steps=10)
for k, (x, v) in enumerate(round_path):
    print(f"step {k:2d}: x = {x:8.5f}   v = {v:8.5f}   v/x = {v / x:.5f}")
