import matplotlib.pyplot as plt
import numpy as np


def derivative(x):
    return 2 * x


x = np.linspace(-4, 4, 200)
fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="The parabola f(x) = x² with tangent lines at x = −2, 1 and 3",
)
ax.plot(x, x**2, color="black", label="f(x) = x²")
for a in (-2, 1, 3):
    slope = derivative(a)
    tangent = a**2 + slope * (x - a)
    (line,) = ax.plot(x, tangent, "--", label=f"at x = {a}: slope {slope}")
    ax.plot(a, a**2, "o", color=line.get_color())
ax.set(xlabel="x", ylabel="f(x)", ylim=(-2, 16))
ax.legend(fontsize=8, loc="upper center")
plt.show()
