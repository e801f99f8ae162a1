# f(x) = sin(x²) is an outer function sin(u) of an inner function u = x².
import math


def f(x):
    return math.sin(x**2)


def f_prime(x):
    u = x**2
    outer_slope = math.cos(u)  # d sin(u)/du = cos(u)
    inner_slope = 2 * x  # du/dx = 2x
    return outer_slope * inner_slope  # chain rule: multiply the slopes


x = 1.5
print(f"f({x})  = sin({x}²) = {f(x):.6f}")
print(f"f′({x}) = cos({x}²)·2·{x} = {f_prime(x):.6f}")
