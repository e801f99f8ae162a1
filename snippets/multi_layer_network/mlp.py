import random


class Neuron:
    """z = w · x + b, then tanh (or nothing, for a linear neuron)."""

    def __init__(self, n_in, rng, nonlinear=True):
        scale = n_in**-0.5  # Var w = 1/n_in: see "Vanishing gradients"
        self.w = [Value(rng.gauss(0, scale)) for _ in range(n_in)]
        self.b = Value(0.0)
        self.nonlinear = nonlinear

    def __call__(self, x):
        if len(x) != len(self.w):
            raise ValueError(f"this neuron takes {len(self.w)} inputs, got {len(x)}")
        z = self.b
        for w_j, x_j in zip(self.w, x, strict=True):
            z = z + w_j * x_j
        return z.tanh() if self.nonlinear else z

    def parameters(self):
        return [*self.w, self.b]


class Layer:
    """m neurons that all read the same inputs: the layer's width is m."""

    def __init__(self, n_in, m, rng, nonlinear=True):
        self.neurons = [Neuron(n_in, rng, nonlinear) for _ in range(m)]

    def __call__(self, x):
        return [neuron(x) for neuron in self.neurons]

    def parameters(self):
        return [p for neuron in self.neurons for p in neuron.parameters()]


class MLP:
    """Layers one after the other: widths = [8, 8, 1] is two hidden layers of
    8 tanh units and one output unit."""

    def __init__(self, n_in, widths, seed):
        widths = list(widths)
        if not widths:
            raise ValueError("an MLP needs at least one layer: widths is empty")
        if n_in < 1 or min(widths) < 1:
            raise ValueError(f"sizes must be at least 1: n_in={n_in}, widths={widths}")
        rng = random.Random(seed)
        sizes = [n_in, *widths]
        self.n_in = n_in
        self.layers = [Layer(sizes[k], sizes[k + 1], rng) for k in range(len(widths))]

    def __call__(self, x):
        if len(x) != self.n_in:
            raise ValueError(f"this MLP takes {self.n_in} inputs, got {len(x)}")
        for layer in self.layers:
            x = layer(x)
        return x[0] if len(x) == 1 else x

    def parameters(self):
        return [p for layer in self.layers for p in layer.parameters()]

    def zero_grad(self):
        for p in self.parameters():
            p.grad = 0.0


model = MLP(2, [4, 4, 1], seed=1)
print(f"layers: {[len(layer.neurons) for layer in model.layers]}")
print(f"parameters: {len(model.parameters())}")
print(f"output for x = (0.5, -0.2): {model([0.5, -0.2])}")
