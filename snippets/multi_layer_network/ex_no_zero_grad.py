def train_without_zero_grad(model, X, y, learning_rate, epochs):
    """The loop above with the model.zero_grad() line taken out."""
    losses = []
    for _ in range(epochs):
        loss = mse_loss(model, X, y)
        loss.backward()  # adds to every grad left over from earlier epochs
        for p in model.parameters():
            p.data -= learning_rate * p.grad
        losses.append(loss.data)
    return losses


broken = MLP(2, [4, 4, 1], seed=1)
broken_losses = train_without_zero_grad(broken, X, y, learning_rate=0.3, epochs=60)
print("epoch   without zero_grad   with zero_grad")
for epoch in range(0, 60, 10):
    print(f"{epoch:5d}   {broken_losses[epoch]:17.4f}   {losses[epoch]:14.4f}")
broken_loss = mse_loss(broken, X, y).data
print(
    f"after 60 epochs without zero_grad: loss {broken_loss:.4f}, "
    f"accuracy {accuracy(broken, X, y):.1%}"
)
smallest = min(abs(broken(x_i).data) for x_i in X)
broken.zero_grad()  # one fresh gradient, on its own
mse_loss(broken, X, y).backward()
largest = max(abs(p.grad) for p in broken.parameters())
print(f"smallest |ŷ| {smallest:.6f}, largest new |∂L/∂θ| {largest:.1e}")
