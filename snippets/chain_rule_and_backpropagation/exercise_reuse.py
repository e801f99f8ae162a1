x = Value(3.0)
out = x * x + x  # x is used three times
out.backward()
print(f"f(3) = {out.data}")
print(f"engine: f′(3) = {x.grad}   by hand: 2x + 1 = {2 * x.data + 1}")
reuse_slope = x.grad
