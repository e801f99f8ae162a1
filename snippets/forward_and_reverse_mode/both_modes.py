def f(x1, x2):
    return x1 * x2 + (x1 * x1).sin()


def gradient_forward(f, x):
    """One forward pass per input: seed input j with tangent 1, the rest 0."""
    gradient = []
    for j in range(len(x)):
        inputs = [Dual(v, 1.0 if i == j else 0.0) for i, v in enumerate(x)]
        gradient.append(f(*inputs).tangent)  # ∂f/∂x_j
    return gradient


def gradient_reverse(f, x):
    """One forward pass that records the graph, then one backward pass."""
    inputs = [Value(v) for v in x]
    f(*inputs).backward()
    return [v.grad for v in inputs]


def show(numbers):
    return "(" + ", ".join(f"{v:.6f}" for v in numbers) + ")"


x1, x2 = 1.5, -0.5
print(f"forward mode, 2 passes: ∇f = {show(gradient_forward(f, [x1, x2]))}")
print(f"reverse mode, 1 pass:   ∇f = {show(gradient_reverse(f, [x1, x2]))}")
by_hand = [x2 + 2 * x1 * math.cos(x1**2), x1]  # (x2 + 2x1 cos x1², x1)
print(f"by hand:                ∇f = {show(by_hand)}")
