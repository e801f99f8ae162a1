import matplotlib.pyplot as plt

fig, (left, right) = plt.subplots(
    1,
    2,
    figsize=(7.5, 3.2),
    layout="constrained",
    label="Step counts on log-log axes. Left, d inputs and one output: "
    "forward mode grows like 2d², reverse mode like 2d. Right, one input and "
    "m outputs: forward mode grows like 2m, reverse mode like m²/2",
)
panels = [
    (left, gradient_counts, "d inputs, 1 output", "inputs d"),
    (right, derivative_counts, "1 input, m outputs", "outputs m"),
]
for ax, counts, title, xlabel in panels:
    forward, reverse = zip(*counts, strict=True)
    ax.loglog(sizes, forward, "o-", label="forward mode (dual numbers)")
    ax.loglog(sizes, reverse, "s--", label="reverse mode (Value)")
    ax.set(title=title, xlabel=xlabel, ylabel="steps")
    ax.legend(fontsize="small")
plt.show()
