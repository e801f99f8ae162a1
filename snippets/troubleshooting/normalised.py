# Standardise each feature: subtract its mean, divide by its std.
Z = (X - X.mean(axis=0)) / X.std(axis=0)
for j in range(2):
    print(f"feature {j}: from {Z[:, j].min():6.3f} to {Z[:, j].max():6.3f}")

losses = train(Z, y, learning_rate=0.1, steps=100)
for step in [0, 10, 50, 100]:
    print(f"step {step:4d}: loss {losses[step]:.4g}")
