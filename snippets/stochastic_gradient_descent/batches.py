# One epoch's partition: shuffle the indices, cut them into batches of 8.
batch_size = 8
order = np.random.default_rng(0).permutation(n)
batches = order.reshape(n // batch_size, batch_size)  # 5 rows, each index once

batch_gradients = []
for k, batch in enumerate(batches, start=1):
    g = gradient(theta0, x[batch], y[batch])  # the mean over this batch only
    batch_gradients.append(g)
    print(f"batch {k}: gradient ({g[0]:+.6f}, {g[1]:+.6f})")

mean_of_batches = np.mean(batch_gradients, axis=0)
full = gradient(theta0, x, y)
print(f"mean of the 5:    ({mean_of_batches[0]:+.6f}, {mean_of_batches[1]:+.6f})")
print(f"full gradient:    ({full[0]:+.6f}, {full[1]:+.6f})")
print(f"largest difference: {np.max(np.abs(mean_of_batches - full)):.1e}")
