import matplotlib.pyplot as plt

fig, (loss_ax, data_ax) = plt.subplots(
    1,
    2,
    figsize=(7, 3.5),
    layout="constrained",
    label="Left: cross-entropy of the logistic neuron per step, falling "
    "from log 2 and levelling off. Right: the labelled points and the "
    "learned boundary σ(z) = 0.5, a straight line between the two classes",
)
loss_ax.plot(losses)
loss_ax.set(xlabel="step", ylabel="cross-entropy", title="Loss per step")

data_ax.scatter(*X_cls[y_cls == 0].T, s=10, marker="o", label="label 0")
data_ax.scatter(*X_cls[y_cls == 1].T, s=10, marker="^", label="label 1")
x1 = np.array([-3.0, 3.0])
x2 = -(w[0] * x1 + b) / w[1]  # solves w1 x1 + w2 x2 + b = 0
data_ax.plot(x1, x2, "k-", label="σ(z) = 0.5")
data_ax.set(xlim=(-3, 3), ylim=(-3, 3), xlabel="x1", ylabel="x2")
data_ax.set_title("Learned boundary")
data_ax.legend(fontsize="small", loc="upper left")
plt.show()
