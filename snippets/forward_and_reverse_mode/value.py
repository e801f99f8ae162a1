# Reverse mode: a compact version of the Value engine of "The chain rule
# and backpropagation". Each Value remembers its inputs (the Values it was
# computed from) and the local derivatives ∂(this)/∂(input); backward() walks
# the graph from the output.
class Value:
    steps = 0  # counted for later: 1 per operation (its value), 1 per backward step

    def __init__(self, data, inputs=(), local=()):
        self.data = float(data)
        self.grad = 0.0
        self._inputs = inputs  # the Values this one was computed from
        self.local = local  # ∂(this)/∂(input), one number per input

    def __add__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        Value.steps += 1  # one step: the value
        return Value(self.data + other.data, (self, other), (1.0, 1.0))

    def __mul__(self, other):
        other = other if isinstance(other, Value) else Value(other)
        Value.steps += 1  # one step: the value
        return Value(self.data * other.data, (self, other), (other.data, self.data))

    def sin(self):
        Value.steps += 1  # one step: the value
        return Value(math.sin(self.data), (self,), (math.cos(self.data),))

    __radd__ = __add__
    __rmul__ = __mul__

    def backward(self):
        """Fill in .grad = ∂(self)/∂(node) for every node self was computed from."""
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
        self.grad = 1.0
        for node in reversed(order):
            if node._inputs:  # one backward step per operation
                Value.steps += 1
                for input_, local in zip(node._inputs, node.local, strict=True):
                    input_.grad += local * node.grad


x = Value(1.5)
y = (x * x).sin()
y.backward()
print(f"sin(x²) at x = 1.5: value {y.data:.6f}, derivative {x.grad:.6f}")
