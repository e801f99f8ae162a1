# Synthetic labels for a logistic neuron: the true weights decide
# how likely each label 1 is.
import numpy as np


def sigmoid(z):
    """σ(z) = 1 / (1 + e^(-z)), written so that a large |z| cannot overflow."""
    return np.exp(-np.logaddexp(0.0, -z))


rng = np.random.default_rng(11)
true_w = np.array([3.0, -2.0])
true_b = -0.5
n = 200
X_cls = rng.normal(size=(n, 2))
p_true = sigmoid(X_cls @ true_w + true_b)
y_cls = (rng.random(n) < p_true).astype(float)  # 1 with probability p_true

print(f"{n} examples: {int(y_cls.sum())} labelled 1, {int(n - y_cls.sum())} labelled 0")
