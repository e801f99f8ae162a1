def init_params(hidden, seed):
    """Random weights for a 2 -> hidden -> 1 network, biases at zero."""
    rng = np.random.default_rng(seed)
    return {
        "W1": rng.normal(size=(2, hidden)),  # input -> hidden
        "b1": np.zeros(hidden),
        "w2": rng.normal(size=hidden) / np.sqrt(hidden),  # hidden -> output
        "b2": 0.0,
    }


def forward(params, X):
    """The hidden activations H and the output probabilities p."""
    H = np.tanh(X @ params["W1"] + params["b1"])  # shape (n, hidden)
    z = H @ params["w2"] + params["b2"]  # shape (n,)
    return H, sigmoid(z)


def network_loss(params, X, y):
    H = np.tanh(X @ params["W1"] + params["b1"])
    z = H @ params["w2"] + params["b2"]
    return np.mean(np.logaddexp(0.0, z) - y * z)


params = init_params(hidden=8, seed=1)
count = sum(np.size(value) for value in params.values())
print(f"parameters: {count}")
print(f"loss before training: {network_loss(params, X, y):.4f}")
