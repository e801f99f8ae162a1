x = Value(2.0)
out = (3 * x + 1) ** 2
out.backward()
print(f"engine:  d/dx (3x + 1)² at x = 2 is {x.grad}")
print(f"by hand: 6·(3x + 1) at x = 2 is {6 * (3 * x.data + 1)}")
slope = x.grad
