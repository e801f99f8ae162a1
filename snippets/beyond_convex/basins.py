def descend(x, learning_rate=0.05, steps=300):
    for _ in range(steps):
        x = x - learning_rate * f_prime(x)
    return x


starts = np.sort(np.concatenate([np.linspace(-2, 2, 17), [0.06, 0.07, 0.08, 0.09]]))
ends = np.array([descend(x0) for x0 in starts])
went_left = np.abs(ends - left_min) < np.abs(ends - right_min)
print(f"to the left minimum:  {' '.join(f'{x0:g}' for x0 in starts[went_left])}")
print(f"to the right minimum: {' '.join(f'{x0:g}' for x0 in starts[~went_left])}")
miss = np.where(went_left, np.abs(ends - left_min), np.abs(ends - right_min))
print(f"every run ended within {miss.max():.0e} of its minimum")
print(f"the local maximum between them: x = {boundary:.6f}")
