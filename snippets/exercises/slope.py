# Exercise 1: f(x) = 3x³ − 2x² + x.
# Power rule, term by term: f'(x) = 9x² − 4x + 1.
def f(x):
    return 3 * x**3 - 2 * x**2 + x


def derivative(x):
    return 9 * x**2 - 4 * x + 1


def central_difference(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / (2 * h)


x = 2
print(f"The slope of f at x={x} is {derivative(x)}")
print(f"Central difference at x={x}: {central_difference(f, x)!r}")
