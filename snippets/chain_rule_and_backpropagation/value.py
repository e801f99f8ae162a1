# A tiny reverse-mode automatic differentiation engine (in the spirit of
# Andrej Karpathy's micrograd). Each Value remembers the values it was made
# from and how to pass its gradient back to them.
import math


class Value:
    def __init__(self, data, inputs=(), op=""):
        self.data = float(data)
        self.grad = 0.0  # ∂(output)/∂(this value), filled in by backward()
        self._backward = lambda: None  # passes self.grad on to its inputs
        self._inputs = inputs  # the values this one was computed from
        self._op = op

    def __repr__(self):
        return f"Value(data={self.data:.6g}, grad={self.grad:.6g})"

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward():  # ∂(a + b)/∂a = 1 and ∂(a + b)/∂b = 1
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def _backward():  # ∂(a·b)/∂a = b and ∂(a·b)/∂b = a
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, n):  # n is a plain number: a**n
        out = Value(self.data**n, (self,), f"**{n}")

        def _backward():  # ∂(aⁿ)/∂a = n·aⁿ⁻¹
            self.grad += n * self.data ** (n - 1) * out.grad

        out._backward = _backward
        return out

    def tanh(self):
        t = math.tanh(self.data)
        out = Value(t, (self,), "tanh")

        def _backward():  # tanh′(a) = 1 − tanh²(a)
            self.grad += (1 - t**2) * out.grad

        out._backward = _backward
        return out

    def exp(self):
        out = Value(math.exp(self.data), (self,), "exp")

        def _backward():  # exp′(a) = exp(a)
            self.grad += out.data * out.grad

        out._backward = _backward
        return out

    def backward(self):
        # Order the graph so each node comes after everything it depends on,
        # then apply the chain rule from the output back to the inputs.
        order, visited = [], set()

        def visit(node):
            if node not in visited:
                visited.add(node)
                for value in node._inputs:
                    visit(value)
                order.append(node)

        visit(self)
        self.grad = 1.0  # ∂(output)/∂(output)
        for node in reversed(order):
            node._backward()

    # The rest is spelled with the operations above.
    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __truediv__(self, other):
        return self * other**-1

    def __radd__(self, other):
        return self + other

    def __rsub__(self, other):
        return Value(other) - self

    def __rmul__(self, other):
        return self * other

    def __rtruediv__(self, other):
        return Value(other) / self


a, b = Value(2.0), Value(-3.0)
c = a * b + 1
c.backward()
print(f"c = a·b + 1 = {c.data}, ∂c/∂a = {a.grad}, ∂c/∂b = {b.grad}")
