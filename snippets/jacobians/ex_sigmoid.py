# softmax of (z, 0): its first entry is e^z / (e^z + 1) = σ(z).
z_pair = np.array([0.7, 0.0])
p_pair = softmax(z_pair)
slope = softmax_jacobian(z_pair)[0, 0]  # ∂p1/∂z = p1 (1 - p1)
sigma = 1 / (1 + np.exp(-0.7))
print(f"p1 = {p_pair[0]:.6f}          σ(0.7) = {sigma:.6f}")
print(f"∂p1/∂z = {slope:.6f}      σ(0.7)(1 - σ(0.7)) = {sigma * (1 - sigma):.6f}")
