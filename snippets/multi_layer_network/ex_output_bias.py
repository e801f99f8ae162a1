model = MLP(2, [4, 4, 1], seed=1)  # the untrained network again
model.zero_grad()
mse_loss(model, X, y).backward()
outputs = [model(x_i).data for x_i in X]
by_hand = (
    2 / len(X) * sum((o - y_i) * (1 - o**2) for o, y_i in zip(outputs, y, strict=True))
)
output_bias = model.layers[-1].neurons[0].b
print(f"by hand: ∂L/∂b = {by_hand:+.12f}")
print(f"engine:  ∂L/∂b = {output_bias.grad:+.12f}")
