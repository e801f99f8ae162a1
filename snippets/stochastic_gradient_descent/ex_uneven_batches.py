# B = 16 does not divide n = 40: batches of 16, 16 and 8.
order = np.random.default_rng(0).permutation(n)
uneven = [order[start : start + 16] for start in range(0, n, 16)]
grads = np.array([gradient(theta0, x[batch], y[batch]) for batch in uneven])
sizes_k = np.array([len(batch) for batch in uneven])
plain = grads.mean(axis=0)
weighted = (sizes_k[:, None] * grads).sum(axis=0) / n
full = gradient(theta0, x, y)
print(f"batch sizes: {sizes_k.tolist()}")
print(f"plain mean of the batch gradients:  ({plain[0]:+.6f}, {plain[1]:+.6f})")
print(f"mean weighted by batch size / n:    ({weighted[0]:+.6f}, {weighted[1]:+.6f})")
print(f"full gradient:                      ({full[0]:+.6f}, {full[1]:+.6f})")
