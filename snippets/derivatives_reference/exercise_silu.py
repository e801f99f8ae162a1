import math


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def silu(x):
    return x * sigmoid(x)


def silu_prime(x):
    s = sigmoid(x)
    # product rule u′v + uv′ with u = x, v = σ(x)
    return 1 * s + x * s * (1 - s)


silu_slope = silu_prime(1.0)
print(f"SiLU′(1) = {silu_slope:.6f}")
