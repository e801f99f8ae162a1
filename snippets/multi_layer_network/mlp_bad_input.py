bad_calls = {
    "MLP(2, [], seed=1)": lambda: MLP(2, [], seed=1),
    "model([0.5, -0.2, 1.0])": lambda: model([0.5, -0.2, 1.0]),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
