y = np.array([0.0, 1.0, 0.0])  # the one-hot target of the VJP section again
p = softmax(z2)  # and the probabilities of the softmax section
grad_z = softmax_vjp(p, -y / p)  # the softmax VJP of ∂ℓ/∂p = -y/p
print(f"softmax VJP of -y/p: {vector(grad_z)}")
print(f"p - y:               {vector(p - y)}")
