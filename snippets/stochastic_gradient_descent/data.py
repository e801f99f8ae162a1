# A line fit on 40 noisy points: y ≈ w x + b, parameters θ = (w, b).
import numpy as np

rng = np.random.default_rng(3)
n = 40
x = rng.uniform(-2, 2, size=n)
y = 1.5 * x - 0.5 + rng.normal(scale=0.5, size=n)  # true line plus noise

# The least-squares minimiser in closed form (centred sums).
w_best = np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2)
b_best = y.mean() - w_best * x.mean()
theta_best = np.array([w_best, b_best])

print(f"{n} examples, x from {x.min():.3f} to {x.max():.3f}")
print(f"minimiser θ* = (w*, b*) = ({w_best:.6f}, {b_best:.6f})")
