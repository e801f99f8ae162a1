def inverse_time(t, eta_max=0.1, tau=30):
    """η_max / (1 + t / τ): halved at t = τ, a third at t = 2τ, ..."""
    return eta_max / (1 + t / tau)


runs = [sgd(x, y, inverse_time, 4, 30, seed) for seed in seeds]
inverse_excess = np.mean([run_excess[-1] for _, run_excess in runs])
print(f"last rate η_299 = {inverse_time(299):.6f}")
print(f"1/t decay: mean excess loss after 30 epochs {inverse_excess:.3e}")
print(f"constant:  mean excess loss after 30 epochs {finals['constant'][0]:.3e}")
print(f"constant / 1/t decay: {finals['constant'][0] / inverse_excess:.0f}×")
