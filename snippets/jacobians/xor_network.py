# The XOR data and network of "A small network", rebuilt from the same seeds.
import numpy as np

rng = np.random.default_rng(0)
corners = np.array([[-1.0, -1.0], [-1.0, 1.0], [1.0, -1.0], [1.0, 1.0]])
X = np.repeat(corners, 50, axis=0) + rng.normal(scale=0.35, size=(200, 2))
y = np.repeat([0.0, 1.0, 1.0, 0.0], 50)  # 1 where the signs differ


def sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))  # 1 / (1 + e^(-z)), overflow-free


def init_params(hidden, seed):
    """Random weights for a 2 -> hidden -> 1 network, biases at zero."""
    rng = np.random.default_rng(seed)
    return {
        "W1": rng.normal(size=(2, hidden)),
        "b1": np.zeros(hidden),
        "w2": rng.normal(size=hidden) / np.sqrt(hidden),
        "b2": 0.0,
    }


def network_loss(params, X, y):
    """Mean cross-entropy, log(1 + e^z) - y z, of the tanh network."""
    H = np.tanh(X @ params["W1"] + params["b1"])
    z = H @ params["w2"] + params["b2"]
    return np.mean(np.logaddexp(0.0, z) - y * z)


params = init_params(hidden=8, seed=1)
print(f"X: {X.shape}, y: {y.shape}, W1: {params['W1'].shape}")
print(f"loss before training: {network_loss(params, X, y):.4f}")
