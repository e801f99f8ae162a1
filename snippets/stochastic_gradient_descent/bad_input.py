bad_calls = {
    "batch of 50 from 40 examples": lambda: sgd(x, y, 0.1, 50, 1, seed=0),
    "learning rate -0.1": lambda: sgd(x, y, -0.1, 4, 1, seed=0),
    "learning rate nan": lambda: sgd(x, y, float("nan"), 4, 1, seed=0),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
