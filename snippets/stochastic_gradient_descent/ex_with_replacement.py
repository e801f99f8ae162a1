# With replacement: B independent picks, the same example may come twice.
B = 4
rng = np.random.default_rng(2)
picks = rng.integers(0, n, size=(20_000, B))  # 20 000 batches
batch_means = per_example[picks].mean(axis=1)
with_replacement = np.mean(np.sum((batch_means - full_best) ** 2, axis=1))
without = (n - B) / (B * (n - 1)) * spread
print(f"with replacement:    measured {with_replacement:.4f}, s²/B = {spread / B:.4f}")
print(f"without replacement: (n - B)/(B(n - 1)) s² = {without:.4f}")
ratio = (spread / B) / without
print(f"ratio s²/B over the without-replacement variance: {ratio:.4f}")
