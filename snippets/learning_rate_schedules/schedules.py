# Each schedule maps a step t = 0, 1, ..., total - 1 to a learning rate η_t.
import math


def check(t, eta0, total):
    if not (math.isfinite(eta0) and eta0 > 0):
        raise ValueError(f"eta0 must be a finite number > 0, got {eta0!r}")
    if not (isinstance(t, int) and 0 <= t < total):
        raise ValueError(
            f"step t must be a whole number from 0 to {total - 1}, got {t!r}"
        )


def step_decay(t, eta0, total, drop_every, factor=0.5):
    """η0 · factor^⌊t / drop_every⌋: halve the rate every drop_every steps."""
    check(t, eta0, total)
    return eta0 * factor ** (t // drop_every)


def cosine(t, eta0, total, eta_min=0.0):
    """From η0 at t = 0 down to η_min along half a cosine wave."""
    check(t, eta0, total)
    return eta_min + 0.5 * (eta0 - eta_min) * (1 + math.cos(math.pi * t / total))


def warmup_cosine(t, eta0, total, warmup):
    """Linear warm-up to η0 over the first `warmup` steps, then cosine to 0."""
    check(t, eta0, total)
    if not (isinstance(warmup, int) and 0 < warmup < total):
        raise ValueError(
            f"warmup must be a whole number from 1 to {total - 1}, got {warmup!r}"
        )
    if t < warmup:
        return eta0 * (t + 1) / warmup
    return cosine(t - warmup, eta0, total - warmup)


eta0, total = 0.1, 300  # 30 epochs of 10 steps
print("   t   step decay       cosine           warm-up + cosine")
for t in [0, 1, 29, 30, 49, 50, 75, 100, 150, 225, 250, 299]:
    values = (
        step_decay(t, eta0, total, drop_every=50),
        cosine(t, eta0, total),
        warmup_cosine(t, eta0, total, warmup=30),
    )
    print(f"{t:4d}   " + "".join(f"{v:<17.10g}" for v in values).rstrip())
