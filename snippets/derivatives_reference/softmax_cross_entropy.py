import numpy as np


def softmax(z):
    e = np.exp(z - np.max(z))  # shifting by the max avoids overflow
    return e / e.sum()


def _check_shapes(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    if z.shape != y.shape:
        raise ValueError(f"logits z {z.shape} and target y {y.shape} differ")
    return z, y


def cross_entropy(z, y):
    z, y = _check_shapes(z, y)
    return -np.sum(y * np.log(softmax(z)))


def cross_entropy_gradient(z, y):
    z, y = _check_shapes(z, y)
    return softmax(z) - y


z = np.array([2.0, 1.0, 0.1, -1.0])  # scores (logits) for four classes
y = np.array([1.0, 0.0, 0.0, 0.0])  # the true class is the first one
print("softmax(z)     ", np.round(softmax(z), 4))
print("loss           ", round(cross_entropy(z, y), 4))
print("∂loss/∂z       ", np.round(cross_entropy_gradient(z, y), 4))
