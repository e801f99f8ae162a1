def softmax(z):
    """p_i = e^(z_i) / Σ_k e^(z_k); shifting z by max(z) changes nothing
    and keeps e^z from overflowing."""
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


def softmax_jacobian(z):
    """∂p_i/∂z_j = p_i (δ_ij - p_j): the matrix diag(p) - p pᵀ."""
    p = softmax(z)
    return np.diag(p) - np.outer(p, p)


W2 = rng.normal(size=(3, 5))  # 5 inputs -> 3 outputs
b2 = rng.normal(scale=0.5, size=3)
z2 = linear(W2, b2, np.tanh(z1))  # the 3 scores
p = softmax(z2)
print(f"z2 = {vector(z2)}")
print(f"p = {vector(p)}, sum {np.sum(p):.4f}")
J_softmax = softmax_jacobian(z2)
print("Jacobian of p = softmax(z2):")
show(J_softmax)
column_sums = np.sum(J_softmax, axis=0)
print(f"largest |column sum|: {np.max(np.abs(column_sums)):.1e}")
print(f"symmetric: {np.array_equal(J_softmax, J_softmax.T)}")
