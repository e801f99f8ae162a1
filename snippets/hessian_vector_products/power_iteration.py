def norm(v):
    return math.sqrt(sum(vi * vi for vi in v))


def power_iteration(f, x, v, steps):
    """λ_max of the Hessian of f at x, from `steps` Hessian-vector products.
    Returns the Rayleigh quotients v·Hv, one per step, and the last unit v."""
    length = norm(v)
    if length == 0:
        raise ValueError("the start vector v is zero: it has no direction to follow")
    v = [vi / length for vi in v]
    estimates = []
    for _ in range(steps):
        _, hv = hvp(f, x, v)
        estimates.append(sum(vi * hvi for vi, hvi in zip(v, hv, strict=True)))
        length = norm(hv)
        v = [hvi / length for hvi in hv]
    return estimates, v


rng = random.Random(2)  # a seeded random start
start = [rng.gauss(0, 1) for _ in theta_star]
estimates, u = power_iteration(loss, theta_star, start, steps=30)
if u[0] < 0:  # an eigenvector's sign is arbitrary: fix it, first entry positive
    u = [-ui for ui in u]
for k in (1, 2, 5, 10, 20, 30):
    print(f"product {k:2d}: v·Hv = {estimates[k - 1]:.10f}")
lambda_max = estimates[-1]
print(
    f"λ_max ≈ {lambda_max:.6f}, so the largest stable rate 2/λ_max ≈ {2 / lambda_max:.6f}"
)
