import math

z = w1.data * x1 + w2.data * x2 + bias.data
o = math.tanh(z)
dloss_dz = 2 * (o - y) * (1 - o**2)  # ∂ℓ/∂o · ∂o/∂z
by_hand = [dloss_dz * x1, dloss_dz * x2, dloss_dz]
by_engine = [w1.grad, w2.grad, bias.grad]
names = ["w1", "w2", "bias"]
for name, hand, engine in zip(names, by_hand, by_engine, strict=True):
    print(f"∂ℓ/∂{name:4}: by hand {hand:9.6f}   engine {engine:9.6f}")
