# Forward-over-reverse: the dual numbers of "Forward and reverse mode" carried
# through its compact Value engine. A Value's data may be a plain float or a
# Dual; the engine's code is the same either way.
import math


class Dual:
    """a + a′ε with ε² = 0: a value and its tangent (the derivative riding along)."""

    flops = 0  # floating-point operations on the two parts, counted for later

    def __init__(self, value, tangent=0.0):
        self.value = value
        self.tangent = tangent

    def __add__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)
        Dual.flops += 2  # two sums
        return Dual(self.value + other.value, self.tangent + other.tangent)

    def __mul__(self, other):  # (a + a′ε)(b + b′ε) = ab + (a′b + ab′)ε
        other = other if isinstance(other, Dual) else Dual(other)
        Dual.flops += 4  # ab, a′b, ab′ and a′b + ab′
        return Dual(
            self.value * other.value,
            self.tangent * other.value + self.value * other.tangent,
        )

    def __rsub__(self, other):  # c − (a + a′ε) = (c − a) − a′ε
        Dual.flops += 2
        return Dual(other - self.value, -self.tangent)

    def tanh(self):  # tanh(a + a′ε) = tanh a + (1 − tanh² a) a′ε
        t = math.tanh(self.value)
        Dual.flops += 4  # tanh a, t·t, 1 − t·t and the product with a′
        return Dual(t, (1 - t * t) * self.tangent)

    __radd__ = __add__
    __rmul__ = __mul__


def tanh(a):
    """tanh of a plain float or of a Dual."""
    return a.tanh() if isinstance(a, Dual) else math.tanh(a)


class Value:
    """Reverse mode, as on "Forward and reverse mode": each Value keeps its
    inputs and the local derivatives ∂(this)/∂(input). Its data may be a Dual:
    then the local derivatives computed from it, and the grads, are Duals too."""

    ops = 0  # arithmetic operations of the program, forward and backward

    def __init__(self, data, inputs=(), local=()):
        self.data = data  # a float, or a Dual
        self.grad = 0.0
        self._inputs = inputs
        self.local = local

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        Value.ops += 1  # a + b
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        Value.ops += 1  # a·b
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    def tanh(self):
        t = tanh(self.data)
        Value.ops += 3  # tanh a, t·t and 1 − t·t
        return Value(t, (self,), (1 - t * t,))

    __radd__ = __add__
    __rmul__ = __mul__

    def backward(self, seed=1.0):
        """Fill in .grad = ∂(self)/∂(node) for every node self was computed from,
        starting from ∂(self)/∂(self) = seed."""
        order, seen = [], set()

        def visit(node):  # every node after its inputs: a topological order
            if node not in seen:
                seen.add(node)
                for input_ in node._inputs:
                    visit(input_)
                order.append(node)

        visit(self)
        for node in order:
            node.grad = 0.0  # start each backward pass from zero
        self.grad = seed
        for node in reversed(order):
            for input_, local in zip(node._inputs, node.local, strict=True):
                Value.ops += 2  # a product and a sum
                input_.grad += local * node.grad


def gradient(f, x):
    """∇f at x: one forward pass on plain floats, one backward pass."""
    inputs = [Value(xi) for xi in x]
    f(inputs).backward()
    return [xi.grad for xi in inputs]


def hvp(f, x, v):
    """H v at x: the same two passes, on Duals x + vε. Returns ∇f and H v."""
    if len(v) != len(x):
        raise ValueError(
            f"v needs one entry per input: x has {len(x)} entries, v has {len(v)}"
        )
    inputs = [Value(Dual(xi, vi)) for xi, vi in zip(x, v, strict=True)]
    f(inputs).backward(seed=Dual(1.0))  # ∂f/∂f = 1, which does not change along v
    # (an input that f never uses keeps the plain grad 0.0: its tangent is 0 too)
    grads = [xi.grad if isinstance(xi.grad, Dual) else Dual(xi.grad) for xi in inputs]
    return [g.value for g in grads], [g.tangent for g in grads]


def cube(x):
    return x[0] * x[0] * x[0]


g, hv = hvp(cube, [1.5], [1.0])
print(f"f(x) = x³ at x = 1.5: f′ = {g[0]}, f″·1 = {hv[0]}")
print(f"by hand, 3x² = {3 * 1.5**2} and 6x = {6 * 1.5}")
