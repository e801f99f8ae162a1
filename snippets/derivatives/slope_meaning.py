# Near x = 3, f changes about f'(3) times as much as x does.
def f(x):
    return x**2


def derivative(x):
    return 2 * x


x = 3
for dx in [0.1, 0.01, 0.001]:
    change = f(x + dx) - f(x)
    print(
        f"dx = {dx:<5}  change in f = {change:.6f}  "
        f"f'(3)*dx = {derivative(x) * dx:.6f}  ratio = {change / dx:.6f}"
    )
