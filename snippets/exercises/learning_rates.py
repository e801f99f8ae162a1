# Exercise 3: the same weight update under several learning rates.
weights = [0.5, -0.5, 0.3]
gradients = [0.1, -0.2, 0.05]

for learning_rate in [0.001, 0.01, 0.1, 1.0]:
    pairs = zip(weights, gradients, strict=True)
    updated = [w - learning_rate * g for w, g in pairs]
    print(f"learning rate {learning_rate}: {updated}")
