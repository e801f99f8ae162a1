import matplotlib.pyplot as plt
import numpy as np

x = np.linspace(-4, 4, 200)
fig, ax = plt.subplots(figsize=(6, 4), label="f(x) = x squared with tangent lines")
ax.plot(x, x**2, label="f(x) = x²")
for a in (-2, 1, 3):
    ax.plot(x, a**2 + 2 * a * (x - a), "--", label=f"tangent at x={a}")
ax.set_ylim(-2, 16)
ax.legend()
plt.show()
