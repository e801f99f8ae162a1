# The derivative predicts how the loss answers a small change of a weight.
def loss(w):
    return (2 * w - 6) ** 2  # one weight, one example (x = 2, target 6)


def slope(w):
    return 4 * (2 * w - 6)  # dL/dw by the chain rule


w, nudge = 1.0, 0.01
print(f"slope at w = {w}: {slope(w)}")
print(f"predicted change of the loss: {slope(w) * nudge:.4f}")
print(f"actual change of the loss:    {loss(w + nudge) - loss(w):.4f}")
