# Four basic derivatives, each compared with central differences.
import math

basics = {  # name: (f, f′)
    "exp": (math.exp, math.exp),
    "log": (math.log, lambda x: 1 / x),
    "sin": (math.sin, math.cos),
    "cos": (math.cos, lambda x: -math.sin(x)),
}
h = 1e-6
largest = 0.0
for name, (f, f_prime) in basics.items():
    for x in (0.5, 1.0, 2.0):
        analytic = f_prime(x)
        numerical = (f(x + h) - f(x - h)) / (2 * h)
        error = abs(analytic - numerical) / max(abs(analytic), abs(numerical))
        largest = max(largest, error)
        print(f"{name}′({x}) = {analytic:9.6f}   central difference {numerical:9.6f}")
print(f"largest relative error: {largest:.1e}")
