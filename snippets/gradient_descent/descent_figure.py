import matplotlib.pyplot as plt
import numpy as np


def derivative(x):
    return 2 * x


learning_rate = 0.1
xs = [10.0]  # x0, then one entry per step
for _ in range(10):
    xs.append(xs[-1] - learning_rate * derivative(xs[-1]))
xs = np.array(xs)

fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="Ten gradient-descent steps walking down the parabola f(x) = x²",
)
grid = np.linspace(-11, 11, 200)
ax.plot(grid, grid**2, color="lightgray", label="f(x) = x²")
ax.plot(xs, xs**2, "o-", markersize=4, label="x₀ = 10 and ten steps")
for k, name in [(0, "x₀"), (1, "x₁"), (2, "x₂"), (10, "x₁₀")]:
    point = (xs[k], xs[k] ** 2)
    ax.annotate(name, point, xytext=(6, -12), textcoords="offset points")
ax.set(xlabel="x", ylabel="f(x)")
ax.legend(fontsize=8)
plt.show()
