def sin_of_product(*x):
    """d inputs, one output: sin(x1 x2 ... xd), d elementary operations."""
    product = x[0]
    for xi in x[1:]:
        product = product * xi
    return product.sin()


def powers(t, m):
    """One input, m outputs: t², t³, ..., t^(m+1), m elementary operations."""
    outputs, power = [], t
    for _ in range(m):
        power = power * t
        outputs.append(power)
    return outputs


def count_gradient(d):
    """Steps for the gradient of sin_of_product with d inputs, both modes."""
    x = [1.0 + 0.5 / (i + 1) for i in range(d)]
    Dual.steps = 0
    gradient_forward(sin_of_product, x)  # d passes
    Value.steps = 0
    gradient_reverse(sin_of_product, x)  # 1 forward and 1 backward pass
    return Dual.steps, Value.steps


def count_derivatives(m, t=0.9):
    """Steps for the m derivatives of powers(t, m), both modes."""
    Dual.steps = 0
    powers(Dual(t, 1.0), m)  # 1 pass carries every output's derivative
    Value.steps = 0
    outputs = powers(Value(t), m)  # 1 forward pass, then
    for output in outputs:  # 1 backward pass per output
        output.backward()
    return Dual.steps, Value.steps


sizes = [1, 2, 4, 8, 16, 32, 64]
print("d inputs, 1 output: the gradient of sin(x1 x2 ... xd)")
print("    d   forward steps   reverse steps")
gradient_counts = [count_gradient(d) for d in sizes]
for d, (forward, reverse) in zip(sizes, gradient_counts, strict=True):
    print(f"{d:5d}   {forward:13d}   {reverse:13d}")
print("1 input, m outputs: the derivatives of t², t³, ..., t^(m+1)")
print("    m   forward steps   reverse steps")
derivative_counts = [count_derivatives(m) for m in sizes]
for m, (forward, reverse) in zip(sizes, derivative_counts, strict=True):
    print(f"{m:5d}   {forward:13d}   {reverse:13d}")
