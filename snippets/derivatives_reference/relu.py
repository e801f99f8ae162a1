import numpy as np


def relu(z):
    return np.maximum(z, 0.0)


def relu_prime(z):
    return np.where(z > 0, 1.0, 0.0)  # at z = 0 we pick 0, like most libraries


z = np.array([-2.0, -0.5, 0.5, 2.0])
print("z        ", z)
print("relu(z)  ", relu(z))
print("relu′(z) ", relu_prime(z))

h = 1e-6
print("central difference at the kink:", (relu(h) - relu(-h)) / (2 * h))
