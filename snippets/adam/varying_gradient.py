# The same running means for a gradient that changes from step to step.
gradients = [4.0, -2.0, 1.0, 3.0]
m = v = 0.0
print("  t     g_t      m_t      m̂_t       v_t      v̂_t")
for t, g_t in enumerate(gradients, start=1):
    m = beta1 * m + (1 - beta1) * g_t
    v = beta2 * v + (1 - beta2) * g_t**2
    m_hat, v_hat = m / (1 - beta1**t), v / (1 - beta2**t)
    print(f"{t:3d}  {g_t:6.1f}  {m:7.4f}  {m_hat:7.4f}  {v:8.5f}  {v_hat:7.4f}")
