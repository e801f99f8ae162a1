def sigmoid(v):
    return 1 / (1 + (-v).exp())  # only -, exp, + and / (that is, **-1)


x = Value(0.5)
s = sigmoid(x)
s.backward()
by_hand = s.data * (1 - s.data)  # σ′(x) = σ(x)·(1 − σ(x))
print(f"σ(0.5) = {s.data:.6f}")
print(f"engine σ′(0.5) = {x.grad:.6f}, by hand σ(1 − σ) = {by_hand:.6f}")
sigmoid_slope = x.grad
