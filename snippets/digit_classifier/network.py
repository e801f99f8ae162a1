def check_images(X):
    """X as a float array of shape (n, 64), or a ValueError that says why not."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[1] != 64:
        raise ValueError(
            "images must be an array of shape (n, 64), one row of 64 pixels "
            f"(an 8×8 image) per image; got shape {X.shape}"
        )
    return X


def init_params(hidden, seed):
    """Random weights for a 64 -> hidden -> 10 network, biases at zero."""
    rng = np.random.default_rng(seed)
    return {
        "W1": rng.normal(size=(64, hidden)) / np.sqrt(64),  # pixels -> hidden
        "b1": np.zeros(hidden),
        "W2": rng.normal(size=(hidden, 10)) / np.sqrt(hidden),  # hidden -> scores
        "b2": np.zeros(10),
    }


def forward(params, X):
    """The hidden layer's outputs H1 and the ten scores Z2 of each image."""
    X = check_images(X)
    Z1 = X @ params["W1"] + params["b1"]  # pre-activations, shape (n, hidden)
    H1 = np.tanh(Z1)
    Z2 = H1 @ params["W2"] + params["b2"]  # the scores, shape (n, 10)
    return H1, Z2


def network_loss(params, X, labels):
    return cross_entropy(forward(params, X)[1], labels)


def predict(params, X):
    """The digit with the highest score, for each image."""
    return np.argmax(forward(params, X)[1], axis=1)


params = init_params(hidden=32, seed=1)
count = sum(value.size for value in params.values())
print(f"parameters: {count}")
print(f"loss before training: {network_loss(params, X_train, y_train):.4f}")
print(f"log 10 = {np.log(10):.4f}")
