import math


def two_circles(n, noise, seed):
    """n points on two circles around the origin: radius 0.5 labelled +1,
    radius 1 labelled -1, each point nudged by Gaussian noise."""
    rng = random.Random(seed)
    X, y = [], []
    for i in range(n):
        t = 2 * math.pi * rng.random()
        radius, label = (0.5, 1.0) if i % 2 == 0 else (1.0, -1.0)
        x1 = radius * math.cos(t) + rng.gauss(0, noise)
        x2 = radius * math.sin(t) + rng.gauss(0, noise)
        X.append([x1, x2])
        y.append(label)
    return X, y


X, y = two_circles(40, noise=0.1, seed=1)
print(f"{len(X)} points, {y.count(1.0)} labelled +1, {y.count(-1.0)} labelled -1")
for x_i, y_i in zip(X[:4], y[:4], strict=True):
    print(f"x = ({x_i[0]:+.3f}, {x_i[1]:+.3f})  y = {y_i:+.0f}")
