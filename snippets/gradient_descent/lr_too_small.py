# Learning rate 0.01, too small: each step shrinks x by only 2%.
def derivative(x):
    return 2 * x


learning_rate = 0.01
x = 10  # Starting point
for _ in range(10):
    gradient = derivative(x)
    x = x - learning_rate * gradient
    print(f"Updated x: {x}")
