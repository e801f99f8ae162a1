# Exercise 2: gradient descent on f(x) = (x - 4)**2, minimum at x = 4.
def derivative(x):
    return 2 * (x - 4)


learning_rate = 0.1
x = 0  # Starting point
for _ in range(15):
    gradient = derivative(x)
    x = x - learning_rate * gradient
    print(f"Updated x: {x}")
