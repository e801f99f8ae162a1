# Partial derivatives of f(x, y) = x**2 * y: move one input, hold the other fixed.
def f(x, y):
    return x**2 * y


def gradient(x, y):
    return [2 * x * y, x**2]  # [df/dx with y fixed, df/dy with x fixed]


h = 1e-5
x, y = 3.0, 2.0
along_x = (f(x + h, y) - f(x - h, y)) / (2 * h)  # y stays at 2.0
along_y = (f(x, y + h) - f(x, y - h)) / (2 * h)  # x stays at 3.0
print(f"at (x, y) = ({x}, {y}):")
print(f"  df/dx: formula 2xy  = {2 * x * y}, central difference {along_x:.6f}")
print(f"  df/dy: formula x**2 = {x**2}, central difference {along_y:.6f}")
print(f"  gradient [df/dx, df/dy] = {gradient(x, y)}")
