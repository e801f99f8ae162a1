# The chain rule on L(w) = (3w + 1)**2, a chain of two steps:
# w -> u = 3w + 1 -> L = u**2.
def inner(w):
    return 3 * w + 1  # du/dw = 3


def outer(u):
    return u**2  # dL/du = 2u


def loss(w):
    return outer(inner(w))


def loss_derivative(w):
    return 2 * inner(w) * 3  # dL/du * du/dw = 6(3w + 1)


def rate(f, x, h=1e-5):  # a central difference: the measured slope of f at x
    return (f(x + h) - f(x - h)) / (2 * h)


w = 2.0
u = inner(w)
print(f"du/dw, inner step:   {rate(inner, w):.6f}")
print(f"dL/du, outer step:   {rate(outer, u):.6f}")
print(f"their product:       {rate(inner, w) * rate(outer, u):.6f}")
print(f"dL/dw, whole chain:  {rate(loss, w):.6f}")
print(f"chain rule 6(3w + 1) at w = {w}: {loss_derivative(w)}")
