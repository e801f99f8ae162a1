def g(x1, x2):
    """From 2 numbers to 3: (x1 x2, x1², sin x2)."""
    return [x1 * x2, x1 * x1, x2.sin()]


def jvp(g, x, v):
    """J v in one forward pass: seed the inputs with the tangents v."""
    if len(v) != len(x):
        raise ValueError(
            f"v needs one entry per input: x has {len(x)} entries, v has {len(v)}"
        )
    outputs = g(*[Dual(xi, vi) for xi, vi in zip(x, v, strict=True)])
    return [out.tangent for out in outputs]


def vjp(g, x, u):
    """uᵀ J in one backward pass: back-propagate from u · g(x)."""
    inputs = [Value(xi) for xi in x]
    outputs = g(*inputs)
    if len(u) != len(outputs):
        raise ValueError(
            f"u needs one entry per output: g has {len(outputs)} outputs, "
            f"u has {len(u)}"
        )
    total = sum(ui * out for ui, out in zip(u, outputs, strict=True))
    total.backward()
    return [xi.grad for xi in inputs]


def unit(j, size):
    return [1.0 if i == j else 0.0 for i in range(size)]


x = [1.5, -0.5]
columns = [jvp(g, x, unit(j, 2)) for j in range(2)]  # forward: J e_j
rows = [vjp(g, x, unit(i, 3)) for i in range(3)]  # reverse: e_iᵀ J
print("J from 2 forward passes, one column each:")
for i in range(3):
    print("  " + "  ".join(f"{columns[j][i]:9.6f}" for j in range(2)))
print("J from 3 backward passes, one row each:")
for row in rows:
    print("  " + "  ".join(f"{entry:9.6f}" for entry in row))
