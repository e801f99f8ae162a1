import matplotlib.pyplot as plt

fig, (left, right) = plt.subplots(
    1,
    2,
    figsize=(7.5, 3.2),
    layout="constrained",
    label="Left: the error of power iteration's estimate v·Hv of λ_max falls "
    "by the same factor every step, along a dashed line falling by (λ₂/λ₁)² per "
    "step. Right: the offset along the top eigenvector u "
    "shrinks by 0.9 per step with η just below 2/λ_max and grows by 1.1 per "
    "step just above it, on the dashed lines |1 − ηλ_max|^k",
)
steps = range(1, len(estimates) + 1)
errors = [abs(e - eigenvalues[-1]) for e in estimates]
left.semilogy(
    [k for k, e in zip(steps, errors, strict=True) if e > 0],
    [e for e in errors if e > 0],
    "o-",
    markersize=3,
    label="|v·Hv − λ_max|",
)
ratio = (eigenvalues[-2] / eigenvalues[-1]) ** 2
left.semilogy(
    steps,
    [errors[0] * ratio ** (k - 1) for k in steps],
    "k--",
    label="(λ₂/λ₁)² per step",
)
left.set(title="power iteration", xlabel="Hessian-vector products k", ylabel="error")
left.legend(fontsize="small")
for factor, (offsets, _, _) in runs.items():
    eta = factor * limit
    k = range(len(offsets))
    right.semilogy(k, [abs(c) for c in offsets], label=f"η = {factor} · 2/λ_max")
    right.semilogy(
        k, [1e-3 * abs(1 - eta * lambda_max) ** j for j in k], "k--", linewidth=0.8
    )
right.set(title="descent from θ* + 0.001 u", xlabel="step k", ylabel="|u·(θ_k − θ*)|")
right.legend(fontsize="small")
plt.show()
