def mse_loss(model, X, y):
    """L = (1/n) Σ (ŷ_i − y_i)², with ŷ_i = model(x_i) between −1 and 1."""
    total = Value(0.0)
    for x_i, y_i in zip(X, y, strict=True):
        total = total + (model(x_i) - y_i) ** 2
    return total / len(X)


def accuracy(model, X, y):
    """The fraction of points on the right side: sign(ŷ_i) = y_i."""
    right = sum(
        (model(x_i).data > 0) == (y_i > 0) for x_i, y_i in zip(X, y, strict=True)
    )
    return right / len(X)


model = MLP(2, [4, 4, 1], seed=1)
loss = mse_loss(model, X, y)
loss.backward()
first = model.layers[0].neurons[0]
print(f"loss L = {loss.data:.6f}, accuracy {accuracy(model, X, y):.1%}")
print(
    f"∂L/∂w of the first hidden neuron: {first.w[0].grad:+.6f}, {first.w[1].grad:+.6f}"
)
print(f"∂L/∂b of the output neuron: {model.layers[-1].neurons[0].b.grad:+.6f}")
