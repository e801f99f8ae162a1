n, m = X.shape[0], params["b1"].size
# Z_ik = Σ_j X_ij W1_jk + b1_k, so ∂Z_ik/∂W1_jl = X_ij when l = k, else 0.
J_Z = np.einsum("ij,kl->ikjl", X, np.eye(m)).reshape(n * m, 2 * m)
entries, nonzero = J_Z.size, np.count_nonzero(J_Z)
print(f"Z has {n} x {m} = {n * m} entries, W1 has 2 x {m} = {2 * m}")
print(f"the Jacobian of Z in W1: shape {J_Z.shape}, {entries} entries")
print(f"non-zero: {nonzero}, a fraction {nonzero / entries:.3f}")

# The VJP with this Jacobian is the same as Xᵀ Δ (Δ = ∂L/∂Z), which never forms it.
H = np.tanh(X @ params["W1"] + params["b1"])
p = sigmoid(H @ params["w2"] + params["b2"])
Delta = np.outer((p - y) / n, params["w2"]) * (1 - H**2)  # Δ = ∂L/∂Z
through_J = (Delta.ravel() @ J_Z).reshape(2, m)
print(f"largest |vᵀ J_Z - Xᵀ Δ|: {np.max(np.abs(through_J - X.T @ Delta)):.1e}")
