def expression(a, b, c):
    e = a * b
    d = e + c
    return d**2


a, b, c = Value(2.0), Value(-3.0), Value(10.0)
L = expression(a, b, c)
L.backward()
print(f"L = {L.data}")
print(f"∂L/∂a = {a.grad}   ∂L/∂b = {b.grad}   ∂L/∂c = {c.grad}")
