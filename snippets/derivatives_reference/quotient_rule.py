# Quotient rule: u = sin x, v = x.
import math


def f(x):
    return math.sin(x) / x


def f_prime(x):
    return (math.cos(x) * x - math.sin(x) * 1) / x**2  # (u′v − uv′) / v²


print(f"f′(2) = {f_prime(2.0):.6f}")
