x1, x2, y = 2.0, -1.0, 1.0  # one training example: two inputs and the target


def neuron_loss(w1, w2, bias):
    o = (w1 * x1 + w2 * x2 + bias).tanh()  # the neuron's output
    return (o - y) ** 2  # squared error ℓ on this example


w1, w2, bias = Value(0.3), Value(0.8), Value(0.1)
loss = neuron_loss(w1, w2, bias)
loss.backward()
print(f"ℓ = {loss.data:.6f}")
print(f"∂ℓ/∂w1   = {w1.grad:.6f}")
print(f"∂ℓ/∂w2   = {w2.grad:.6f}")
print(f"∂ℓ/∂bias = {bias.grad:.6f}")
