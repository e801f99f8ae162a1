def inverse_time(t, eta0=0.1, t0=30):
    """η0 / (1 + t / t0): halved at t = t0, a third at t = 2 t0, ..."""
    return eta0 / (1 + t / t0)


runs = [sgd(x, y, inverse_time, 4, 30, seed) for seed in seeds]
inverse_excess = np.mean([run_excess[-1] for _, run_excess in runs])
print(f"last rate η_299 = {inverse_time(299):.6f}")
print(f"1/t decay: mean excess loss after 30 epochs {inverse_excess:.3e}")
print(f"constant:  mean excess loss after 30 epochs {finals['constant'][0]:.3e}")
