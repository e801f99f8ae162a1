# A tilted double well: two valleys, the left one a little deeper.
import numpy as np


def f(x):
    return x**4 - 2 * x**2 + 0.3 * x


def f_prime(x):
    return 4 * x**3 - 4 * x + 0.3


def f_second(x):
    return 12 * x**2 - 4


# The critical points are the roots of the cubic f'(x) = 4x³ − 4x + 0.3.
critical = np.sort(np.roots([4, 0, -4, 0.3]).real)
for x in critical:
    kind = "minimum" if f_second(x) > 0 else "maximum"
    print(f"x = {x:+.6f}: f = {f(x):+.6f}, f'' = {f_second(x):+.4f}, a local {kind}")
left_min, boundary, right_min = critical
print(f"the right minimum is higher than the left by {f(right_min) - f(left_min):.3f}")
