bad_calls = {
    "learning rate -0.1": lambda: adam(valley_gradient, start, -0.1, 10),
    "learning rate nan": lambda: adam(valley_gradient, start, float("nan"), 10),
    "beta1 = 1": lambda: adam(valley_gradient, start, 0.1, 10, beta1=1.0),
    "beta2 = -0.5": lambda: adam(valley_gradient, start, 0.1, 10, beta2=-0.5),
    "eps = 0": lambda: adam(valley_gradient, start, 0.1, 10, eps=0.0),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
