def network(x):
    """x (4 numbers) -> z1 = W1 x + b1 -> o = tanh(z1) -> z2 = W2 o + b2 -> softmax."""
    z1 = linear(W1, b1, x)
    return softmax(linear(W2, b2, np.tanh(z1)))


def network_jacobian(x):
    """The chain rule: the product of the four Jacobians, last layer first."""
    z1 = linear(W1, b1, x)
    z2 = linear(W2, b2, np.tanh(z1))
    return softmax_jacobian(z2) @ W2 @ tanh_jacobian(z1) @ W1


factors = [softmax_jacobian(z2), W2, tanh_jacobian(z1), W1]
names = ["softmax", "W2", "tanh", "W1"]
shapes = "  ".join(f"{n} {m.shape}" for n, m in zip(names, factors, strict=True))
print(f"factors: {shapes}")
print(f"product: {network_jacobian(x).shape}, the shape of J for 4 inputs, 3 outputs")
show(network_jacobian(x))
