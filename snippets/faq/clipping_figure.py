import matplotlib.pyplot as plt


def gradient(w):
    return 4 * w**3  # f(w) = w**4


def descend(max_norm, steps, w=3.0, learning_rate=0.1):
    losses = [w**4]
    for _ in range(steps):
        g = gradient(w)
        if max_norm is not None and abs(g) > max_norm:
            g = g * (max_norm / abs(g))
        w = w - learning_rate * g
        losses.append(w**4)
    return losses


fig, (before, after) = plt.subplots(
    ncols=2,
    figsize=(6.5, 3),
    layout="constrained",
    label="Loss of w⁴ from w = 3: exploding without clipping, falling with it",
)
before.semilogy(descend(None, 4), "o-", color="tab:red")
before.set(title="before: no clipping", xlabel="step", ylabel="loss w⁴")
after.semilogy(descend(1.0, 60), ".-", color="tab:green")
after.set(title="after: clipped to norm 1", xlabel="step")
plt.show()
