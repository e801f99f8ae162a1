# Gradient descent to find the minimum of f(x) = x**2
def derivative(x):
    return 2 * x


learning_rate = 0.1
x = 10  # Starting point
for _ in range(10):
    gradient = derivative(x)
    x = x - learning_rate * gradient
    print(f"Updated x: {x}")
