# Without bias correction and for a constant gradient, the step is
# η (1 - β1^t) / sqrt(1 - β2^t) (ε left out): a factor times η.
t = np.arange(1, 2001)
factor = (1 - 0.9**t) / np.sqrt(1 - 0.999**t)
t_peak = int(t[np.argmax(factor)])
largest_factor = factor.max()
print(f"at t = 1: {factor[0]:.4f}")
print(f"largest at t = {t_peak}: {largest_factor:.4f}")
print(f"at t = 2000: {factor[-1]:.4f}")
