y = np.array([0.0, 1.0, 0.0])  # the one-hot target of the VJP section again
grad_z = softmax_vjp(s, -y / s)  # the softmax VJP of ∂ℓ/∂s = -y/s
print(f"softmax VJP of -y/s: {vector(grad_z)}")
print(f"s - y:               {vector(s - y)}")
