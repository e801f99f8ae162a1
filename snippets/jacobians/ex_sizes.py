n, m = X.shape[0], params["b1"].size
# A_ik = Σ_j X_ij W1_jk + b1_k, so ∂A_ik/∂W1_jl = X_ij when l = k, else 0.
J_A = np.einsum("ij,kl->ikjl", X, np.eye(m)).reshape(n * m, 2 * m)
entries, nonzero = J_A.size, np.count_nonzero(J_A)
print(f"A has {n} x {m} = {n * m} entries, W1 has 2 x {m} = {2 * m}")
print(f"the Jacobian of A in W1: shape {J_A.shape}, {entries} entries")
print(f"non-zero: {nonzero}, a fraction {nonzero / entries:.3f}")

# The VJP with this Jacobian is the same as Xᵀ ∂L/∂A, which never forms it.
H = np.tanh(X @ params["W1"] + params["b1"])
p = sigmoid(H @ params["w2"] + params["b2"])
dA = np.outer((p - y) / n, params["w2"]) * (1 - H**2)  # ∂L/∂A
through_J = (dA.ravel() @ J_A).reshape(2, m)
print(f"largest |vᵀ J_A - Xᵀ ∂L/∂A|: {np.max(np.abs(through_J - X.T @ dA)):.1e}")
