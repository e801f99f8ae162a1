# Gradient descent on f(x) = x², as a function: where x is after `steps` steps.
def descend(x, learning_rate, steps):
    for _ in range(steps):
        x = x - learning_rate * 2 * x  # f′(x) = 2x
    return x


print(f"descend(10, 0.1, 10) = {descend(10, 0.1, 10)}")
print(f"descend(10, 0.5, 1)  = {descend(10, 0.5, 1)}")
