import numpy as np


def tanh_prime(z):
    return 1 - np.tanh(z) ** 2


z = np.array([-3.0, -0.5, 0.0, 0.5, 3.0])
print("z        ", z)
print("tanh(z)  ", np.round(np.tanh(z), 4))
print("tanh′(z) ", np.round(tanh_prime(z), 4))
