# Reverse mode: a compact version of the Value engine of "The chain rule
# and backpropagation". Each Value remembers its parents and the local
# derivatives ∂(this)/∂(parent); backward() walks the graph from the output.
class Value:
    ops = 0  # elementary operations, forward and backward, counted for later

    def __init__(self, data, parents=(), local=()):
        self.data = float(data)
        self.grad = 0.0
        self.parents = parents  # the Values this one was computed from
        self.local = local  # ∂(this)/∂(parent), one number per parent

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        Value.ops += 1
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        Value.ops += 1
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    def sin(self):
        Value.ops += 1
        return Value(math.sin(self.data), (self,), (math.cos(self.data),))

    __radd__ = __add__
    __rmul__ = __mul__

    def backward(self):
        """Fill in .grad = ∂(self)/∂(node) for every node self was computed from."""
        order, seen = [], set()

        def visit(node):  # parents before children: a topological order
            if node not in seen:
                seen.add(node)
                for parent in node.parents:
                    visit(parent)
                order.append(node)

        visit(self)
        for node in order:
            node.grad = 0.0  # start each backward pass from zero
        self.grad = 1.0
        for node in reversed(order):
            if node.parents:  # one backward step per operation
                Value.ops += 1
                for parent, local in zip(node.parents, node.local, strict=True):
                    parent.grad += local * node.grad


x = Value(1.5)
y = (x * x).sin()
y.backward()
print(f"sin(x²) at x = 1.5: value {y.data:.6f}, derivative {x.grad:.6f}")
