# A numerical derivative: the slope of a tiny chord centred on x.
def f(x):
    return x**2


def derivative(x):
    return 2 * x


def central_difference(f, x, h=1e-5):
    return (f(x + h) - f(x - h)) / (2 * h)


for x in [-2.0, 0.5, 3.0]:
    exact = derivative(x)
    approx = central_difference(f, x)
    print(f"x = {x:4}:  2x = {exact:4}  central difference = {approx!r}")
