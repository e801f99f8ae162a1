import matplotlib.pyplot as plt

raw = train(X, y, learning_rate=1e-6, steps=300)
normalised = train(X_std, y, learning_rate=0.1, steps=300)

fig, ax = plt.subplots(
    figsize=(6, 3.5),
    layout="constrained",
    label="Training loss against step, raw versus normalised inputs",
)
ax.semilogy(raw, label="raw inputs, learning rate 1e-6")
ax.semilogy(normalised, label="normalised inputs, learning rate 0.1")
ax.axhline(0.1**2, color="gray", linestyle=":", label="noise variance")
ax.set(xlabel="step", ylabel="mean squared error")
ax.legend(fontsize=8)
plt.show()
