# The slope's sign says which way is uphill; the step goes the other way.
def derivative(x):
    return 2 * x  # f(x) = x**2


learning_rate = 0.1
for x in [-3.0, 3.0]:
    slope = derivative(x)
    step = -learning_rate * slope
    new_x = x + step
    print(f"x = {x:+.1f}: slope {slope:+.1f}, step {step:+.1f}, new x {new_x:+.1f}")
