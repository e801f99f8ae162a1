import math


def sgd(x, y, learning_rate, batch_size, epochs, seed):
    """Mini-batch gradient descent on L(θ) from θ = (0, 0).

    Every epoch shuffles the examples with a generator seeded once by
    `seed`, then steps through them in batches of `batch_size` (the last
    batch is smaller when batch_size does not divide n). Returns the final
    θ and the excess loss L(θ) - L(θ*) after every step (entry 0: the start).
    """
    n = len(y)
    if not (isinstance(batch_size, int) and 1 <= batch_size <= n):
        raise ValueError(
            f"batch_size must be a whole number from 1 to n = {n}, got {batch_size!r}"
        )
    if not (math.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(
            f"learning_rate must be a finite number > 0, got {learning_rate!r}"
        )
    rng = np.random.default_rng(seed)
    theta = np.zeros(2)
    excess = [loss(theta, x, y) - loss_best]
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            theta = theta - learning_rate * gradient(theta, x[batch], y[batch])
            excess.append(loss(theta, x, y) - loss_best)
    return theta, excess


theta, excess = sgd(x, y, learning_rate=0.1, batch_size=4, epochs=2, seed=0)
print(f"n = {n}, B = 4: {n // 4} steps per epoch, {len(excess) - 1} steps in 2 epochs")
print(f"after 2 epochs: θ = ({theta[0]:.6f}, {theta[1]:.6f})")
print(f"excess loss L(θ) - L(θ*): {excess[0]:.6f} at the start, {excess[-1]:.6f} now")
