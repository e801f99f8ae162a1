import matplotlib.pyplot as plt

steps = range(total)
fig, ax = plt.subplots(
    figsize=(6, 3.2),
    layout="constrained",
    label="Learning rate against step for 300 steps: constant at 0.1; step "
    "decay halving every 50 steps; cosine falling smoothly from 0.1 to 0; "
    "warm-up rising in a straight line to 0.1 at step 29, then a cosine to 0",
)
ax.plot(steps, [eta_max] * total, label="constant", lw=1)
ax.step(
    steps,
    [step_decay(t, eta_max, total, 50) for t in steps],
    where="post",
    label="step decay",
    lw=1,
)
ax.plot(steps, [cosine(t, eta_max, total) for t in steps], label="cosine", lw=1)
ax.plot(
    steps,
    [warmup_cosine(t, eta_max, total, 30) for t in steps],
    label="warm-up + cosine",
    lw=1,
)
ax.set_xlabel("step t")
ax.set_ylabel("learning rate η_t")
ax.set_title("Four schedules over 300 steps")
ax.legend()
plt.show()
