def angle(u, v):
    """The angle between two vectors, in degrees."""
    cos = np.dot(u, v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return np.degrees(np.arccos(np.clip(cos, -1.0, 1.0)))


def hidden_units(layers):
    """Each hidden unit's weight vector: column j of a hidden layer's W."""
    return [W[:, j].copy() for W, _ in layers[:-1] for j in range(W.shape[1])]


# The training above once more, in numpy (the same arithmetic, far faster),
# keeping every hidden unit's weights and the loss every ten epochs.
layers = to_arrays(MLP(2, [4, 4, 1], seed=1))
snapshots, snapshot_losses = [], []
for epoch in range(61):
    step_loss, step_grads = numpy_gradients(layers, X, y)
    if epoch % 10 == 0:  # the weights after `epoch` steps
        snapshots.append(hidden_units(layers))
        snapshot_losses.append(step_loss)
    if epoch == 60:
        break
    layers = [
        (W - 0.3 * dW, b - 0.3 * db)
        for (W, b), (dW, db) in zip(layers, step_grads, strict=True)
    ]
apart = max(
    np.max(np.abs(mine - engine))
    for pair in zip(layers, to_arrays(model), strict=True)
    for mine, engine in zip(*pair, strict=True)
)
print(f"after 60 epochs, the engine's parameters to within 1e-12: {apart < 1e-12}")

print("degrees each hidden unit has turned since epoch 0")
print("         layer 1 units           layer 2 units")
print("epoch" + "".join(f"{j:6d}" for j in [1, 2, 3, 4, 1, 2, 3, 4]))
for s in range(1, len(snapshots)):
    turned = [angle(u, v) for u, v in zip(snapshots[0], snapshots[s], strict=True)]
    print(f"{10 * s:5d}" + "".join(f"{a:6.1f}" for a in turned))

print("degrees turned in each ten epochs, and how far the loss fell")
print("          layer 1 units           layer 2 units")
print("epochs" + "".join(f"{j:6d}" for j in [1, 2, 3, 4, 1, 2, 3, 4]) + "   loss fell")
for s in range(1, len(snapshots)):
    turned = [angle(u, v) for u, v in zip(snapshots[s - 1], snapshots[s], strict=True)]
    fell = snapshot_losses[s - 1] - snapshot_losses[s]
    print(
        f"{10 * s - 10:2d}-{10 * s:<3d}"
        + "".join(f"{a:6.1f}" for a in turned)
        + f"{fell:12.4f}"
    )
