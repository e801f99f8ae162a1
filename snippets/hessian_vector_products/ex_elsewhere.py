eta = 1.05 * limit
_, losses, theta_end = descend(eta, steps=300)
estimates_end, _ = power_iteration(loss, theta_end, start, steps=30)
lambda_end = estimates_end[-1]
distance = norm([t - s for t, s in zip(theta_end, theta_star, strict=True)])
print(
    f"η = {eta:.4f}; L(θ_k) at k = 100, 200, 300:",
    " ".join(f"{value:.1e}" for value in losses[100::100]),
)
print(f"after 300 steps: ‖θ - θ*‖ = {distance:.3f}")
print(
    f"λ_max there: {lambda_end:.4f}, below 2/η = {2 / eta:.4f}: {lambda_end < 2 / eta}"
)
print(f"λ_max at θ*: {lambda_max:.4f}")
