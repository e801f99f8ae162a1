import numpy as np


def to_arrays(model):
    """Each layer's weights as a matrix W (n_in × m) and its biases as a vector b."""
    return [
        (
            np.array([[w.data for w in neuron.w] for neuron in layer.neurons]).T,
            np.array([neuron.b.data for neuron in layer.neurons]),
        )
        for layer in model.layers
    ]


def numpy_gradients(params, X, y):
    """Forward pass H_k = tanh(H_{k-1} W_k + b_k), then backpropagation by hand."""
    X, y = np.asarray(X), np.asarray(y)
    H = [X]
    for W, b in params:
        H.append(np.tanh(H[-1] @ W + b))
    y_hat = H[-1][:, 0]
    loss = np.mean((y_hat - y) ** 2)
    delta = (2 / len(y) * (y_hat - y) * (1 - y_hat**2))[:, None]  # ∂L/∂Z of the output
    grads = []
    for k in range(len(params) - 1, -1, -1):
        W, _ = params[k]
        grads.append((H[k].T @ delta, delta.sum(axis=0)))
        delta = (delta @ W.T) * (1 - H[k] ** 2)  # ∂L/∂Z one layer down
    return loss, grads[::-1]


def engine_gradients(model):
    """The grads backward() left on the model, in the same shapes."""
    return [
        (
            np.array([[w.grad for w in neuron.w] for neuron in layer.neurons]).T,
            np.array([neuron.b.grad for neuron in layer.neurons]),
        )
        for layer in model.layers
    ]


np_loss, np_grads = numpy_gradients(to_arrays(model), X, y)
differences = [
    np.max(np.abs(a - b))
    for pair in zip(engine_gradients(model), np_grads, strict=True)
    for a, b in zip(*pair, strict=True)
]
print(f"loss: engine {loss.data:.15f}, numpy {np_loss:.15f}")
print(
    f"largest difference between the {len(model.parameters())} partial derivatives: "
    f"{max(differences):.1e}"
)
print(f"below 1e-12: {max(differences) < 1e-12}")
