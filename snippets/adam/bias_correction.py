# Adam's running means for a gradient that stays g = 2 at every step,
# with and without the bias correction.
import numpy as np

beta1, beta2, eps, eta = 0.9, 0.999, 1e-8, 0.1
g = 2.0
m = v = 0.0
print("  t    m_t    m̂_t      v_t    v̂_t   step with   step without")
for t in range(1, 1001):
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g**2
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
    corrected = eta * m_hat / (np.sqrt(v_hat) + eps)
    uncorrected = eta * m / (np.sqrt(v) + eps)
    if t in (1, 2, 3, 4, 5, 10, 100, 1000):
        print(
            f"{t:4d}  {m:.4f}  {m_hat:.4f}  {v:.5f}  {v_hat:.4f}"
            f"   {corrected:.6f}   {uncorrected:.6f}"
        )
