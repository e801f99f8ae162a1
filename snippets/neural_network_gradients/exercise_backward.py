# A neuron with two inputs, in plain Python: the forward pass, then the backward pass.
x1, x2, y = 1.0, -2.0, 3.0  # one example: its inputs and its target


def gradients(w1, w2, b):
    y_hat = w1 * x1 + w2 * x2 + b  # forward: the prediction
    r = y_hat - y  # the residual
    dL_dy_hat = 2 * r  # backward: L = r², and r moves one for one with y_hat
    return dL_dy_hat * x1, dL_dy_hat * x2, dL_dy_hat  # times ∂y_hat/∂w1, ∂w2, ∂b


dL_dw1, dL_dw2, dL_db = gradients(0.5, -0.5, 0.1)
print(f"dL/dw1 = {dL_dw1:.4f}, dL/dw2 = {dL_dw2:.4f}, dL/db = {dL_db:.4f}")
