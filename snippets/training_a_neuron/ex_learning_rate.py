# The MSE is quadratic in (w1, w2, b): its Hessian is the constant
# matrix (2/n) X̃ᵀX̃, where X̃ = [X, 1] (X_tilde in code).
X_tilde = np.column_stack([X, np.ones(len(y))])
hessian = 2 / len(y) * X_tilde.T @ X_tilde
largest = np.linalg.eigvalsh(hessian).max()
eta_max = 2 / largest
print(f"largest eigenvalue of the Hessian: {largest:.4f}")
print(f"largest stable learning rate 2/λ_max: {eta_max:.4f}")

for factor in (0.9, 1.1):
    *_, history = train_linear(X, y, learning_rate=factor * eta_max, steps=60)
    start, end = history[0], history[-1]
    run = f"η = {factor} η_max"
    print(f"{run}: loss {start:.4g} at the start, {end:.4g} after 60 steps")
