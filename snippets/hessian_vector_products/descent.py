def descend(eta, steps=60, nudge=1e-3):
    """Gradient descent from θ* + nudge·u. Returns the offsets along u,
    u·(θ_k − θ*), and the losses L(θ_k), for k = 0, 1, ..., steps."""
    theta = [t + nudge * ui for t, ui in zip(theta_star, u, strict=True)]
    offsets, losses = [], []
    for k in range(steps + 1):
        offsets.append(
            sum((t - s) * ui for t, s, ui in zip(theta, theta_star, u, strict=True))
        )
        losses.append(loss([Value(t) for t in theta]).data)
        if k < steps:
            grad = gradient(loss, theta)
            theta = [t - eta * g for t, g in zip(theta, grad, strict=True)]
    return offsets, losses, theta


limit = 2 / lambda_max
runs = {factor: descend(factor * limit) for factor in (0.95, 1.05)}
for factor, (offsets, losses, _) in runs.items():
    eta = factor * limit
    verdict = "converges" if losses[-1] < losses[0] else "diverges from θ*"
    print(
        f"η = {factor} · 2/λ_max = {eta:.4f}, 1 - ηλ_max = {1 - eta * lambda_max:.2f}: {verdict}"
    )
    print("  u·(θ_k - θ*), k = 0 to 4: ", " ".join(f"{c:.2e}" for c in offsets[:5]))
    print(
        "  L(θ_k) every 10 steps:",
        " ".join(f"{value:.1e}" for value in losses[::10]),
    )
