# One linear neuron, one training example, one squared-error loss.
import numpy as np

x = np.array([1.0, 2.0, -1.0])  # the input: three features
y = 2.0  # the target
w = np.array([0.5, -0.5, 0.3])  # weights
b = 0.1  # bias


def predict(w, b):
    return w @ x + b


def loss(w, b):
    return (predict(w, b) - y) ** 2


def gradients(w, b):
    error = predict(w, b) - y
    return 2 * error * x, 2 * error  # dL/dw, dL/db


grad_w, grad_b = gradients(w, b)
print(f"prediction = {predict(w, b):.4f}, target = {y}")
print(f"loss = {loss(w, b):.4f}")
print(f"dL/dw = {grad_w.tolist()}")
print(f"dL/db = {grad_b:.4f}")
