# How long can one Adam step be? Adam's running means on gradients that stay
# small for many steps and then jump to 1. The step is η m̂_t / (√v̂_t + ε),
# so in units of η it is m̂_t / (√v̂_t + ε), whatever η is.
import math

beta1, beta2, eps = 0.9, 0.999, 1e-8


def steps_in_units_of_eta(gradients):
    """Adam's step at each gradient of the sequence (t = 1, 2, ...), over η."""
    m = v = 0.0
    steps = []
    for t, g in enumerate(gradients, start=1):
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g**2
        m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
        steps.append(m_hat / (math.sqrt(v_hat) + eps))
    return steps


bound = (1 - beta1) / math.sqrt(1 - beta2)
print(f"Kingma and Ba's bound η (1 - β1)/√(1 - β2) = {bound:.4f} η")
for count, small in [(2000, 0.001), (10000, 0.01)]:
    steps = steps_in_units_of_eta([small] * count + [1.0])
    print(
        f"{count} gradients of {small}, then one of 1: "
        f"step {steps[-2]:.4f} η before the jump, {steps[-1]:.4f} η at it"
    )

growth = beta2 / beta1  # a gradient growing this fast keeps m̂ ahead of √v̂
steps = steps_in_units_of_eta([1.0] * 10000 + [growth**k for k in range(1, 41)])
print(
    f"10000 gradients of 1, then 40 growing {growth:.3f}× per step "
    f"({growth**40:.0f}-fold): step {steps[-1]:.4f} η at the end"
)
