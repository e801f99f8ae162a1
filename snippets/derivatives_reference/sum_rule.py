# Sum rule and constant factors: differentiate term by term.
import math


def f(x):
    return 3 * x**2 + 5 * math.sin(x)


def f_prime(x):
    return 3 * (2 * x) + 5 * math.cos(x)  # 3·(x²)′ + 5·(sin x)′


print(f"f′(1) = {f_prime(1.0):.6f}")
