def sgd_with_replacement(x, y, learning_rate, batch_size, epochs, seed):
    """Like sgd, but every step draws its batch_size examples independently
    (with replacement), so an epoch need not use each example exactly once."""
    n = len(y)
    rng = np.random.default_rng(seed)
    theta = np.zeros(2)
    excess = [loss(theta, x, y) - loss_best]
    for _ in range(epochs * (n // batch_size)):
        batch = rng.integers(n, size=batch_size)
        theta = theta - learning_rate * gradient(theta, x[batch], y[batch])
        excess.append(loss(theta, x, y) - loss_best)
    return theta, excess


def floor_ratio(method, seed):
    """Floor of η = 0.1 over floor of η = 0.02, B = 4 (10 steps per epoch);
    a floor is the mean excess loss over epochs 21-30, as above."""
    fast = np.mean(epoch_means(method(x, y, 0.1, 4, epochs, seed)[1], 10)[20:])
    slow = np.mean(epoch_means(method(x, y, 0.02, 4, epochs, seed)[1], 10)[20:])
    return fast / slow


reshuffled = [floor_ratio(sgd, seed) for seed in range(10)]
replaced = [floor_ratio(sgd_with_replacement, seed) for seed in range(10)]
print("floor of η = 0.1 over floor of η = 0.02, B = 4")
print("seed   reshuffled   with replacement")
for seed in range(10):
    print(f"{seed:4d}   {reshuffled[seed]:10.1f}   {replaced[seed]:16.1f}")
for name, values in [("reshuffled", reshuffled), ("with replacement", replaced)]:
    print(f"{name}, 10 seeds: from {min(values):.1f} to {max(values):.1f}")
