# Each schedule maps a step t = 0, 1, ..., total - 1 to a learning rate η_t.
import math


def check(t, eta_max, total):
    if not (math.isfinite(eta_max) and eta_max > 0):
        raise ValueError(f"eta_max must be a finite number > 0, got {eta_max!r}")
    if not (isinstance(t, int) and 0 <= t < total):
        raise ValueError(
            f"step t must be a whole number from 0 to {total - 1}, got {t!r}"
        )


def step_decay(t, eta_max, total, drop_every, factor=0.5):
    """η_max · factor^⌊t / drop_every⌋: halve the rate every drop_every steps."""
    check(t, eta_max, total)
    return eta_max * factor ** (t // drop_every)


def cosine(t, eta_max, total, eta_min=0.0):
    """From η_max at t = 0 down to η_min along half a cosine wave."""
    check(t, eta_max, total)
    return eta_min + 0.5 * (eta_max - eta_min) * (1 + math.cos(math.pi * t / total))


def warmup_cosine(t, eta_max, total, warmup):
    """Linear warm-up to η_max over the first `warmup` steps, then cosine to 0."""
    check(t, eta_max, total)
    if not (isinstance(warmup, int) and 0 < warmup < total):
        raise ValueError(
            f"warmup must be a whole number from 1 to {total - 1}, got {warmup!r}"
        )
    if t < warmup:
        return eta_max * (t + 1) / warmup
    return cosine(t - warmup, eta_max, total - warmup)


eta_max, total = 0.1, 300  # 30 epochs of 10 steps
print("   t   step decay       cosine           warm-up + cosine")
for t in [0, 1, 29, 30, 49, 50, 75, 100, 150, 225, 250, 299]:
    values = (
        step_decay(t, eta_max, total, drop_every=50),
        cosine(t, eta_max, total),
        warmup_cosine(t, eta_max, total, warmup=30),
    )
    print(f"{t:4d}   " + "".join(f"{v:<17.10g}" for v in values).rstrip())
