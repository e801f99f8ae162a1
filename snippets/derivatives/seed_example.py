# The derivative of f(x) = x**2 is f'(x) = 2x.
def derivative(x):
    return 2 * x


x = 3
print(f"The derivative of f(x) at x={x} is {derivative(x)}")
