# Same start, two learning rates: a moderate one, and one that overshoots.
def derivative(x):
    return 2 * x  # f(x) = x**2, minimum at x = 0


for learning_rate in [0.1, 0.95]:
    x = 10.0
    for step in range(1, 6):
        x = x - learning_rate * derivative(x)
        print(f"learning rate {learning_rate}, step {step}: x = {x!r}")
