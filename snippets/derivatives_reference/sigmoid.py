import numpy as np


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


def sigmoid_prime(z):
    s = sigmoid(z)
    return s * (1 - s)


z = np.array([-3.0, -0.5, 0.0, 0.5, 3.0])
print("z      ", z)
print("σ(z)   ", np.round(sigmoid(z), 4))
print("σ′(z)  ", np.round(sigmoid_prime(z), 4))
