# Each step multiplies x by (1 - 2 * learning_rate), so after k steps
# x_k = x0 * (1 - 2 * learning_rate)**k.
from fractions import Fraction

learning_rate = 0.1
x0 = 10
exact_rate = Fraction("0.1")  # exactly 1/10, unlike the float 0.1

x = x0
print(" k  gradient descent        closed form x0*(1-2*learning_rate)**k")
for k in range(1, 11):
    x = x - learning_rate * (2 * x)
    closed = x0 * (1 - 2 * exact_rate) ** k
    print(f"{k:2d}  {x!r:<22}  {float(closed)!r}")
