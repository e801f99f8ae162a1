def f(x):
    x1, x2 = x
    return x1 * x1 * x2 + (x1 * x2).tanh()


def hessian_by_hand(x):
    """The second derivatives of x1²x2 + tanh(x1 x2), by the formulas above."""
    x1, x2 = x
    t = math.tanh(x1 * x2)
    s = 1 - t * t  # tanh′
    c = -2 * t * s  # tanh″
    return [
        [2 * x2 + c * x2 * x2, 2 * x1 + s + c * x1 * x2],
        [2 * x1 + s + c * x1 * x2, c * x1 * x1],
    ]


def gradient_differences(f, x, v, h=1e-5):
    """H v ≈ (∇f(x + hv) − ∇f(x − hv)) / 2h: a central difference of gradients."""
    ahead = gradient(f, [xi + h * vi for xi, vi in zip(x, v, strict=True)])
    behind = gradient(f, [xi - h * vi for xi, vi in zip(x, v, strict=True)])
    return [(a - b) / (2 * h) for a, b in zip(ahead, behind, strict=True)]


def show(numbers):
    return "(" + ", ".join(f"{n:.6f}" for n in numbers) + ")"


x, v = [0.8, -0.6], [1.0, 2.0]
grad_f, hv = hvp(f, x, v)
H = hessian_by_hand(x)
by_hand = [sum(H[i][j] * v[j] for j in range(2)) for i in range(2)]
differences = gradient_differences(f, x, v)
print(f"∇f at x = (0.8, -0.6):       {show(grad_f)}")
print(f"H v, forward-over-reverse:  {show(hv)}")
print(f"H v, Hessian by hand:       {show(by_hand)}")
print(f"H v, differences of ∇f:     {show(differences)}")


def within(a, b, tol):
    """Is every entry of a within tol of the same entry of b?"""
    return all(abs(ai - bi) <= tol for ai, bi in zip(a, b, strict=True))


print(f"dual numbers vs by hand, all within 1e-13: {within(hv, by_hand, 1e-13)}")
print(
    f"differences vs by hand, all within 1e-13:  {within(differences, by_hand, 1e-13)}"
)
print(
    f"differences vs by hand, all within 1e-8:   {within(differences, by_hand, 1e-8)}"
)
