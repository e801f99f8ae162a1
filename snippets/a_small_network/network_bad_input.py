bad_calls = {
    "learning rate nan": lambda: train_network(X, y, float("nan"), steps=10),
    "learning rate -inf": lambda: train_network(X, y, -float("inf"), steps=10),
    "199 rows, 200 labels": lambda: train_network(X[1:], y, 0.5, steps=10),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
