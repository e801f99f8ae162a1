import matplotlib.pyplot as plt
import numpy as np

rates = [  # (learning rate, description, line style)
    (0.01, "too small", ".-"),
    (0.1, "the seed's", "o-"),
    (0.4, "fast", ".-"),
    (0.9, "oscillating", "x--"),
    (1.1, "divergent", ".-"),
]
steps = np.arange(31)
fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="|x_k| against step k, log scale, for five learning rates",
)
for learning_rate, note, style in rates:
    x = 10.0
    distance = [abs(x)]
    for _ in steps[1:]:
        x = x - learning_rate * 2 * x
        distance.append(abs(x))
    label = f"η = {learning_rate} ({note})"
    ax.semilogy(steps, distance, style, markersize=4, label=label)
ax.set(xlabel="step k", ylabel="|x_k|, distance from the minimum")
ax.legend(fontsize=8)
plt.show()
