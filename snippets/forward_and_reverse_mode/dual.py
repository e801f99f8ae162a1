# Forward mode: a dual number a + a′ε (with ε² = 0) carries a value and its
# derivative together, and every operation updates both.
import math


class Dual:
    steps = 0  # counted for later: 2 per operation, the value and the derivative

    def __init__(self, value, tangent=0.0):
        self.value = float(value)
        self.tangent = float(tangent)  # the derivative riding along

    def __add__(self, other):
        other = other if isinstance(other, Dual) else Dual(other)
        Dual.steps += 2
        return Dual(self.value + other.value, self.tangent + other.tangent)

    def __mul__(self, other):  # (a + a′ε)(b + b′ε) = ab + (a′b + ab′)ε
        other = other if isinstance(other, Dual) else Dual(other)
        Dual.steps += 2
        return Dual(
            self.value * other.value,
            self.tangent * other.value + self.value * other.tangent,
        )

    def sin(self):  # sin(a + a′ε) = sin a + (cos a) a′ε
        Dual.steps += 2
        return Dual(math.sin(self.value), math.cos(self.value) * self.tangent)

    __radd__ = __add__
    __rmul__ = __mul__


# d/dx sin(x²) at x = 1.5: seed the input with tangent 1 (dx/dx = 1).
x = Dual(1.5, 1.0)
y = (x * x).sin()
print(f"sin(x²) at x = 1.5: value {y.value:.6f}, derivative {y.tangent:.6f}")
print(f"by hand, cos(x²)·2x: {math.cos(1.5**2) * 2 * 1.5:.6f}")
