# Standardise each feature: subtract its mean, divide by its std.
X_std = (X - X.mean(axis=0)) / X.std(axis=0)
for j in range(2):
    print(f"feature {j}: from {X_std[:, j].min():6.3f} to {X_std[:, j].max():6.3f}")

losses = train(X_std, y, learning_rate=0.1, steps=100)
for step in [0, 10, 50, 100]:
    print(f"step {step:4d}: loss {losses[step]:.4g}")
