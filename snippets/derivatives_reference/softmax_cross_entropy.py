import numpy as np


def log_softmax(z):
    shifted = z - np.max(z)  # the largest exponent is e⁰ = 1: nothing overflows
    # log p_i = z_i − max z − log Σ e^(z_j − max z); the sum lies between 1 and
    # the number of classes, so its log is never log 0
    return shifted - np.log(np.sum(np.exp(shifted)))


def softmax(z):
    return np.exp(log_softmax(z))


def _check_shapes(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    if z.shape != y.shape:
        raise ValueError(f"logits z {z.shape} and target y {y.shape} differ")
    return z, y


def cross_entropy(z, y):
    z, y = _check_shapes(z, y)
    return -np.sum(y * log_softmax(z))


def cross_entropy_gradient(z, y):
    z, y = _check_shapes(z, y)
    return softmax(z) - y


z = np.array([2.0, 1.0, 0.1, -1.0])  # scores (logits) for four classes
y = np.array([1.0, 0.0, 0.0, 0.0])  # the true class is the first one
print("softmax(z)  ", np.round(softmax(z), 4))
print("ℓ           ", round(cross_entropy(z, y), 4))
print("∂ℓ/∂z       ", np.round(cross_entropy_gradient(z, y), 4))
