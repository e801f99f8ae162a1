# How many steps until the loss is below 1e-6?
def steps_needed(gradient, loss, start, learning_rate, target=1e-6):
    path = gradient_descent(gradient, start, learning_rate, steps=1000)
    return next(k for k, p in enumerate(path) if loss(p) < target)


print("steps until the loss is below 1e-6")
print("  valley f, η = 0.09:", steps_needed(gradient, f, [10.0, 1.0], 0.09))
print("  bowl   g, η = 0.25:", steps_needed(gradient_g, g, start, 0.25))
print("  bowl   g, η = 0.5: ", steps_needed(gradient_g, g, start, 0.5))
