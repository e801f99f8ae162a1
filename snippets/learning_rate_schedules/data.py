# The line fit of the previous lesson: 40 noisy points, θ = (w, b).
import numpy as np

rng = np.random.default_rng(3)
n = 40
x = rng.uniform(-2, 2, size=n)
y = 1.5 * x - 0.5 + rng.normal(scale=0.5, size=n)

w_best = np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2)
b_best = y.mean() - w_best * x.mean()
theta_best = np.array([w_best, b_best])


def loss(theta, x, y):
    """L(θ): the mean of the squared residuals r_i = w x_i + b - y_i."""
    w, b = theta
    return np.mean((w * x + b - y) ** 2)


def gradient(theta, x, y):
    """∇L(θ) = the mean of 2 r_i (x_i, 1) over the examples given."""
    w, b = theta
    residual = w * x + b - y
    return np.array([np.mean(2 * residual * x), np.mean(2 * residual)])


loss_best = loss(theta_best, x, y)
print(f"minimiser θ* = ({w_best:.6f}, {b_best:.6f}), L(θ*) = {loss_best:.6f}")
