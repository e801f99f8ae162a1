def train_momentum(X, labels, beta=0.9, learning_rate=0.05, epochs=20, seed=1):
    """Mini-batch SGD with momentum: v <- beta v + gradient, θ <- θ - η v."""
    X, labels = check_images(X), np.asarray(labels)
    params = init_params(32, seed)
    velocity = {name: np.zeros_like(value) for name, value in params.items()}
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        order = rng.permutation(len(labels))
        for start in range(0, len(order), 32):
            batch = order[start : start + 32]
            grads = network_gradients(params, X[batch], labels[batch])
            for name in params:
                velocity[name] = beta * velocity[name] + grads[name]
                params[name] = params[name] - learning_rate * velocity[name]
    return params


momentum_params = train_momentum(X_train, y_train)
momentum_correct = int(np.sum(predict(momentum_params, X_test) == y_test))
n_test = len(y_test)
accuracy = momentum_correct / n_test
print(f"momentum: test accuracy {momentum_correct} of {n_test} = {accuracy:.4f}")
print(f"plain SGD: test accuracy {correct} of {n_test} = {correct / n_test:.4f}")
