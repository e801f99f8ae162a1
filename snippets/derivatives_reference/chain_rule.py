# Chain rule: outer exp(u), inner u = −x²/2.
import math


def f(x):
    return math.exp(-(x**2) / 2)


def f_prime(x):
    return math.exp(-(x**2) / 2) * (-x)  # exp′(u) · u′(x)


print(f"f′(0.7) = {f_prime(0.7):.6f}")
