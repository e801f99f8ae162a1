# f(x) = x³ − 3x. Power rule, term by term: f′(x) = 3x² − 3.
def f(x):
    return x**3 - 3 * x


def derivative(x):
    return 3 * x**2 - 3


for x in [-2, -1, 0, 1, 2]:
    print(f"x = {x:2}:  f(x) = {f(x):2},  f′(x) = {derivative(x):2}")
