# Same data, same η = 0.1, same 30 passes over the data (epochs).
epochs = 30
runs = {
    "B = 40, η = 0.1": sgd(x, y, 0.1, batch_size=n, epochs=epochs, seed=0),
    "B = 4, η = 0.1": sgd(x, y, 0.1, batch_size=4, epochs=epochs, seed=0),
    "B = 4, η = 0.02": sgd(x, y, 0.02, batch_size=4, epochs=epochs, seed=0),
}


def epoch_means(excess, steps_per_epoch):
    """Mean excess loss over the steps of each epoch (epoch 1, 2, ...)."""
    return np.mean(np.reshape(excess[1:], (-1, steps_per_epoch)), axis=1)


shown = [1, 2, 5, 10, 20, 30]
print("mean excess loss over the steps of epoch")
print(" " * 18 + "".join(f"{e:>10d}" for e in shown))
for name, (_, excess) in runs.items():
    per_epoch = epoch_means(excess, (len(excess) - 1) // epochs)
    print(f"{name:<16}: " + "".join(f"{per_epoch[e - 1]:10.2e}" for e in shown))
print("mean over epochs 21-30:")
for name, (_, excess) in runs.items():
    last = epoch_means(excess, (len(excess) - 1) // epochs)[20:]
    print(f"  {name:<16}: {np.mean(last):.2e}")
# Ten steps per epoch for B = 4; the floors are the means over epochs 21-30.
fast = np.mean(epoch_means(runs["B = 4, η = 0.1"][1], 10)[20:])
slow = np.mean(epoch_means(runs["B = 4, η = 0.02"][1], 10)[20:])
print(f"floor of η = 0.1 over floor of η = 0.02: {fast / slow:.1f}")
