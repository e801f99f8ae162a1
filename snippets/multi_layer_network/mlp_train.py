def train(model, X, y, learning_rate, epochs):
    """Full-batch gradient descent; returns the loss before each step."""
    losses = []
    for _ in range(epochs):
        model.zero_grad()  # else backward() adds to the last step's gradients
        loss = mse_loss(model, X, y)
        loss.backward()
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        losses.append(loss.data)
    return losses


model = MLP(2, [4, 4, 1], seed=1)
losses = train(model, X, y, learning_rate=0.3, epochs=60)
for epoch in range(0, 60, 10):
    print(f"epoch {epoch:2d}: loss {losses[epoch]:.4f}")
print(
    f"after training: loss {mse_loss(model, X, y).data:.4f}, "
    f"accuracy {accuracy(model, X, y):.1%}"
)
wrong = [
    x_i for x_i, y_i in zip(X, y, strict=True) if (model(x_i).data > 0) != (y_i > 0)
]
print("misclassified: " + ", ".join(f"({x1:+.2f}, {x2:+.2f})" for x1, x2 in wrong))
