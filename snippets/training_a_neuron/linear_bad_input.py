bad_calls = {
    "learning rate nan": lambda: train_linear(X, y, float("nan"), steps=10),
    "learning rate inf": lambda: train_linear(X, y, float("inf"), steps=10),
    "50 rows, 100 targets": lambda: train_linear(X[:50], y, 0.1, steps=10),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
