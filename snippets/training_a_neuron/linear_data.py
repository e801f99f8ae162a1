# Synthetic data for a linear neuron. We pick the true weights,
# so we know the answer training should find.
import numpy as np

rng = np.random.default_rng(7)
true_w = np.array([2.0, -3.0])
true_b = 0.5
n = 100
X = rng.normal(size=(n, 2))  # 100 examples, 2 features each
y = X @ true_w + true_b + rng.normal(scale=0.1, size=n)  # plus a little noise

print(f"X: {X.shape[0]} examples x {X.shape[1]} features")
print(f"y: {y.shape[0]} targets")
print("first three examples (x1, x2) -> y:")
for (x1, x2), target in zip(X[:3], y[:3], strict=True):
    print(f"  ({x1:+.3f}, {x2:+.3f}) -> {target:+.3f}")
