# A second training step runs the forward and backward pass again, with the
# same parameters. Without zeroing, backward() adds to the old gradients.
def show(when):
    print(f"{when:<26}{w1.grad:10.6f}{w2.grad:10.6f}{bias.grad:12.6f}")


print(f"{'':<26}{'∂ℓ/∂w1':>10}{'∂ℓ/∂w2':>10}{'∂ℓ/∂bias':>12}")
show("one backward pass")
loss = neuron_loss(w1, w2, bias)
loss.backward()
show("a second one, not zeroed")


def zero_grad(parameters):
    """Forget the last pass's gradients before the next backward()."""
    for parameter in parameters:
        parameter.grad = 0.0


zero_grad([w1, w2, bias])
loss = neuron_loss(w1, w2, bias)
loss.backward()
show("zeroed, then one more")
