# Why some steps print with a long tail of digits: binary floating point.
import math
from decimal import Decimal
from fractions import Fraction

# 0.1 has no finite binary expansion: Python stores the nearest double.
learning_rate = 0.1
print(f"0.1 is stored as:    {Decimal(learning_rate)}")

x = 10
for _ in range(7):
    x = x - learning_rate * (2 * x)
exact = 10 * (1 - 2 * Fraction("0.1")) ** 7  # Fraction("0.1") is 1/10
nearest = float(exact)  # the double nearest to the exact answer

exact_decimal = Decimal(exact.numerator) / exact.denominator
print(f"exact answer:        {exact_decimal}")
print(f"nearest double:      {Decimal(nearest)}")
print(f"x after 7 steps:     {Decimal(x)}")
print(f"repr of the nearest double: {nearest!r}")
print(f"repr of x:                  {x!r}")
print(f"x - nearest = {(x - nearest) / math.ulp(nearest):.0f} ulp")
