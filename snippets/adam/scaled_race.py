theta0 = np.zeros(3)
best, *_ = np.linalg.lstsq(X_tilde, y, rcond=None)
plain = descend(mse_gradient, theta0, 1e-6, 3000)  # Troubleshooting's rate
adaptive = adam(mse_gradient, theta0, 0.01, 3000)
print("step   descent η = 1e-6   Adam η = 0.01")
for k in (0, 100, 300, 1000, 3000):
    print(f"{k:4d}   {mse(plain[k]):16.6f}   {mse(adaptive[k]):13.6f}")
print(f"least squares, the minimum: {mse(best):.6f}")
print(f"Adam's θ after 3000 steps: ({', '.join(f'{v:.6g}' for v in adaptive[-1])})")
print(f"least-squares θ:           ({', '.join(f'{v:.6g}' for v in best)})")
