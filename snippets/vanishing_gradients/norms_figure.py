import matplotlib.pyplot as plt

sigmoid_drop = small["sigmoid"][2][-1] / small["sigmoid"][2][0]

fig, axes = plt.subplots(
    1,
    2,
    figsize=(7, 3.4),
    sharey=True,
    layout="constrained",
    label="The gradient norm ‖∂L/∂z‖ at each of the 20 layers, log scale. Left, "
    "Var w = 0.01: all three activations lose gradient on the way down, sigmoid "
    f"by more than {int(np.log10(sigmoid_drop))} orders of magnitude. Right, Var w = 1/m (sigmoid, tanh) and 2/m "
    "(ReLU): ReLU's stays level, tanh's drops by a small factor, sigmoid's still vanishes",
)
layers = np.arange(1, 21)
for ax, runs, title in (
    (axes[0], small, "Var w = 0.01"),
    (axes[1], scaled, "Xavier / He"),
):
    for (name, run), marker in zip(runs.items(), "o^s", strict=True):
        ax.semilogy(layers, run[2], marker=marker, markersize=3, label=name)
    ax.set(xlabel="layer k", title=title, xticks=[1, 5, 10, 15, 20])
axes[0].set_ylabel("‖δ‖ = ‖∂L/∂z‖")
axes[1].legend(fontsize="small")
plt.show()
