v = [0.6, 0.8]  # a unit direction: 0.6² + 0.8² = 1
_, hv = hvp(f, x, v)
curvature = sum(vi * hvi for vi, hvi in zip(v, hv, strict=True))  # vᵀ H v


def f_along(t):
    """f on the line x + t v, on plain floats."""
    return f([Value(xi + t * vi) for xi, vi in zip(x, v, strict=True)]).data


h = 1e-4
second_difference = (f_along(h) - 2 * f_along(0.0) + f_along(-h)) / h**2
print(f"vᵀHv from one Hessian-vector product: {curvature:.6f}")
print(f"second difference of f along v:       {second_difference:.6f}")
