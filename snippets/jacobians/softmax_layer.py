def softmax(z):
    """s_i = e^(z_i) / Σ_k e^(z_k); shifting z by max(z) changes nothing
    and keeps e^z from overflowing."""
    e = np.exp(z - np.max(z))
    return e / np.sum(e)


def softmax_jacobian(z):
    """∂s_i/∂z_j = s_i (δ_ij - s_j): the matrix diag(s) - s sᵀ."""
    s = softmax(z)
    return np.diag(s) - np.outer(s, s)


W2 = rng.normal(size=(3, 5))  # 5 inputs -> 3 outputs
b2 = rng.normal(scale=0.5, size=3)
z = linear(W2, b2, np.tanh(a))
s = softmax(z)
print(f"z = {vector(z)}")
print(f"s = {vector(s)}, sum {np.sum(s):.4f}")
J_softmax = softmax_jacobian(z)
print("Jacobian of s = softmax(z):")
show(J_softmax)
column_sums = np.sum(J_softmax, axis=0)
print(f"largest |column sum|: {np.max(np.abs(column_sums)):.1e}")
print(f"symmetric: {np.array_equal(J_softmax, J_softmax.T)}")
