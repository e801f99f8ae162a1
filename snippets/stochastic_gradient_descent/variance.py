# At θ* the full gradient is zero; how far does a batch gradient stray?
per_example = example_gradients(theta_best, x, y)
full_best = per_example.mean(axis=0)
spread = np.mean(np.sum((per_example - full_best) ** 2, axis=1))  # s²
print(f"s² = {spread:.6f}, the spread of the 40 per-example gradients")

rng = np.random.default_rng(1)
epochs = 500  # shuffles; each cuts the data into n / B batches
sizes = [1, 2, 4, 5, 8, 10, 20, 40]
measured, predicted = [], []
print(" B   measured   (n-B)/(B(n-1))·s²     s²/B")
for size in sizes:
    squares = []
    for _ in range(epochs):
        order = rng.permutation(n).reshape(n // size, size)
        batch_means = per_example[order].mean(axis=1)  # one row per batch
        squares.extend(np.sum((batch_means - full_best) ** 2, axis=1))
    measured.append(np.mean(squares))
    predicted.append((n - size) / (size * (n - 1)) * spread)
    print(
        f"{size:2d}   {measured[-1]:8.4g}   {predicted[-1]:17.4g}"
        f"   {spread / size:8.4g}"
    )
