def tanh_jacobian(z):
    """tanh acts entry by entry: ∂o_i/∂z_j = 1 - tanh²(z_i) if i = j, else 0."""
    return np.diag(1 - np.tanh(z) ** 2)


z1 = linear(W1, b1, x)  # the 5 pre-activations of the layer above
print(f"z1 = {vector(z1)}")
print("Jacobian of o = tanh(z1):")
show(tanh_jacobian(z1))
