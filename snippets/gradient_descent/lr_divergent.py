# Learning rate 1.1, too large: each step lands farther away.
def derivative(x):
    return 2 * x


learning_rate = 1.1
x = 10  # Starting point
for _ in range(10):
    gradient = derivative(x)
    x = x - learning_rate * gradient
    print(f"Updated x: {x}")
