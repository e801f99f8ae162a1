# Learning rate 0.9, large: x jumps across the minimum every step.
def derivative(x):
    return 2 * x


learning_rate = 0.9
x = 10  # Starting point
for _ in range(10):
    gradient = derivative(x)
    x = x - learning_rate * gradient
    print(f"Updated x: {x}")
