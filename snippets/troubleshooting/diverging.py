losses = train(X, y, learning_rate=0.01, steps=5)
for step, loss in enumerate(losses):
    print(f"step {step}: loss {loss:.4g}")
