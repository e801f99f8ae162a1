# Product rule: u = x², v = sin x.
import math


def f(x):
    return x**2 * math.sin(x)


def f_prime(x):
    return 2 * x * math.sin(x) + x**2 * math.cos(x)  # u′v + uv′


print(f"f′(1) = {f_prime(1.0):.6f}")
