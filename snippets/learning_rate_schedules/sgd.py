def sgd(x, y, schedule, batch_size, epochs, seed):
    """Mini-batch gradient descent from θ = (0, 0); step t uses η_t = schedule(t).

    Returns the final θ and the excess loss L(θ) - L(θ*) after every step.
    """
    n = len(y)
    if not (isinstance(batch_size, int) and 1 <= batch_size <= n):
        raise ValueError(
            f"batch_size must be a whole number from 1 to n = {n}, got {batch_size!r}"
        )
    rng = np.random.default_rng(seed)
    theta, t = np.zeros(2), 0
    excess = [loss(theta, x, y) - loss_best]
    for _ in range(epochs):
        order = rng.permutation(n)  # a new shuffle every epoch
        for start in range(0, n, batch_size):
            batch = order[start : start + batch_size]
            theta = theta - schedule(t) * gradient(theta, x[batch], y[batch])
            excess.append(loss(theta, x, y) - loss_best)
            t += 1
    return theta, excess


schedules = {
    "constant": lambda t: eta_max,
    "step decay": lambda t: step_decay(t, eta_max, total, drop_every=50),
    "cosine": lambda t: cosine(t, eta_max, total),
    "warm-up + cosine": lambda t: warmup_cosine(t, eta_max, total, warmup=30),
}
seeds = range(5)
print("mean over seeds 0-4 after 30 epochs (300 steps, B = 4, η_max = 0.1)")
print("schedule            L(θ) - L(θ*)   distance |θ - θ*|")
finals = {}
for name, schedule in schedules.items():
    runs = [sgd(x, y, schedule, 4, 30, seed) for seed in seeds]
    excess = np.mean([run_excess[-1] for _, run_excess in runs])
    distance = np.mean([np.linalg.norm(theta - theta_best) for theta, _ in runs])
    finals[name] = (excess, distance, runs)
    print(f"{name:<18}  {excess:12.3e}   {distance:10.3e}")
constant_excess, constant_distance, _ = finals["constant"]
for name in ("step decay", "cosine", "warm-up + cosine"):
    excess, distance, _ = finals[name]
    print(
        f"constant / {name}: excess {constant_excess / excess:.0f}×, "
        f"distance {constant_distance / distance:.1f}×"
    )
