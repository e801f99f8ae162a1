grad_z = softmax_vjp(s, -y / s)  # the softmax VJP of ∂ℓ/∂s = -y/s
print(f"softmax VJP of -y/s: {vector(grad_z)}")
print(f"s - y:               {vector(s - y)}")
