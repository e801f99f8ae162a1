# Power rule, term by term: x³ + x⁻¹ + x^(1/2).
import math


def f(x):
    return x**3 + 1 / x + math.sqrt(x)


def f_prime(x):
    return 3 * x**2 - 1 / x**2 + 1 / (2 * math.sqrt(x))


print(f"f′(2) = {f_prime(2.0):.6f}")
