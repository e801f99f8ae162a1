def gradients_index_by_index(params, X, y):
    """The formulas of A small network, one index at a time, in plain loops."""
    W1, b1, w2, b2 = params["W1"], params["b1"], params["w2"], params["b2"]
    n, m = X.shape[0], w2.size
    H = np.tanh(X @ W1 + b1)
    p = sigmoid(H @ w2 + b2)
    grads = {"W1": np.zeros((2, m)), "b1": np.zeros(m), "w2": np.zeros(m), "b2": 0.0}
    for i in range(n):
        delta = (p[i] - y[i]) / n  # δ_i = ∂L/∂z_i
        grads["b2"] += delta  # ∂L/∂b2 = Σ_i δ_i
        for k in range(m):
            grads["w2"][k] += H[i, k] * delta  # ∂L/∂w2_k = Σ_i H_ik δ_i
            Delta = delta * w2[k] * (1 - H[i, k] ** 2)  # Δ_ik = ∂L/∂Z_ik
            grads["b1"][k] += Delta  # ∂L/∂b1_k = Σ_i Δ_ik
            for j in range(2):
                grads["W1"][j, k] += X[i, j] * Delta  # ∂L/∂W1_jk = Σ_i X_ij Δ_ik
    return grads


by_index = gradients_index_by_index(params, X, y)
for name in by_vjps:
    difference = np.max(np.abs(by_vjps[name] - by_index[name]))
    print(f"dL/d{name}: largest difference, VJPs vs index by index: {difference:.1e}")
