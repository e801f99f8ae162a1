import random


def network(theta, x):
    """1 → m → 1: ŷ = Σₖ w2ₖ tanh(w1ₖ x + b1ₖ) + b2, theta = (w1, b1, w2, b2)."""
    m = (len(theta) - 1) // 3
    w1, b1, w2, b2 = theta[:m], theta[m : 2 * m], theta[2 * m : 3 * m], theta[3 * m]
    y_hat = b2
    for k in range(m):
        y_hat = y_hat + w2[k] * (w1[k] * x + b1[k]).tanh()
    return y_hat


def make_problem(m, n=8, seed=1):
    """A teacher network with m hidden units labels n points from -2 to 2."""
    rng = random.Random(seed)
    theta_star = [rng.gauss(0, 1) for _ in range(3 * m + 1)]
    xs = [-2 + 4 * i / (n - 1) for i in range(n)]
    teacher = [Value(t) for t in theta_star]
    ys = [network(teacher, x).data for x in xs]

    def loss(theta):  # L(θ) = (1/n) Σᵢ (ŷᵢ − yᵢ)²
        total = 0.0
        for x, y in zip(xs, ys, strict=True):
            r = network(theta, x) + (-y)
            total = total + r * r
        return total * (1 / n)

    return theta_star, xs, loss


theta_star, xs, loss = make_problem(m=4)
print(f"d = {len(theta_star)} parameters, n = 8 points")
print(f"L(θ*) = {loss([Value(t) for t in theta_star]).data}")
print(f"largest |∂L/∂θ| at θ*: {max(abs(g) for g in gradient(loss, theta_star))}")
