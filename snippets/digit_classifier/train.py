import math


def train(X, labels, hidden=32, learning_rate=0.5, batch_size=32, epochs=20, seed=1):
    """Mini-batch stochastic gradient descent with backpropagation.

    Each epoch visits the training images once, in a fresh seeded order,
    batch_size at a time. Returns the trained params, the loss of every
    mini-batch (before its step) and the loss on all of X after each epoch.
    """
    X, labels = check_images(X), np.asarray(labels)
    if labels.shape != (len(X),) or not np.isin(labels, np.arange(10)).all():
        raise ValueError(
            f"need one label from 0 to 9 per image: {len(X)} images, "
            f"labels of shape {labels.shape}"
        )
    if not (math.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(f"learning_rate must be finite and > 0, got {learning_rate!r}")
    params = init_params(hidden, seed)
    rng = np.random.default_rng(seed)
    batch_losses, epoch_losses = [], [network_loss(params, X, labels)]
    for _ in range(epochs):
        order = rng.permutation(len(labels))
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            batch_losses.append(network_loss(params, X[batch], labels[batch]))
            grads = network_gradients(params, X[batch], labels[batch])
            for name in params:
                params[name] = params[name] - learning_rate * grads[name]
        epoch_losses.append(network_loss(params, X, labels))
    return params, batch_losses, epoch_losses


params, batch_losses, epoch_losses = train(X_train, y_train)
print(f"{len(batch_losses)} steps of mini-batch SGD")
for epoch in (0, 1, 2, 5, 10, 15, 20):
    print(f"epoch {epoch:2d}: training loss {epoch_losses[epoch]:.4f}")
predicted = predict(params, X_test)
correct = int(np.sum(predicted == y_test))
print(f"test loss {network_loss(params, X_test, y_test):.4f}")
print(f"test accuracy: {correct} of {len(y_test)} = {correct / len(y_test):.4f}")
