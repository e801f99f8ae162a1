losses = train(X, y, learning_rate=1e-6, steps=1000)
for step in [0, 10, 100, 1000]:
    print(f"step {step:4d}: loss {losses[step]:.4g}")
