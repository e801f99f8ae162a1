def tanh_jacobian(a):
    """tanh acts entry by entry: ∂o_i/∂a_j = 1 - tanh²(a_i) if i = j, else 0."""
    return np.diag(1 - np.tanh(a) ** 2)


a = linear(W1, b1, x)  # the 5 pre-activations of the layer above
print(f"a = {vector(a)}")
print("Jacobian of o = tanh(a):")
show(tanh_jacobian(a))
