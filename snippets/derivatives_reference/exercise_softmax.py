import numpy as np


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


z = np.array([1.0, 2.0, 3.0])
y = np.array([0.0, 0.0, 1.0])  # the true class is the third
gradient = softmax(z) - y
print("∂ℓ/∂z =", np.round(gradient, 4))
third = gradient[2]
