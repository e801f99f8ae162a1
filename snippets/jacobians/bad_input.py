bad_calls = {
    "x with 3 entries into W1 of shape (5, 4)": lambda: linear(W1, b1, x[:3]),
    "W2 applied to x (4 entries), not to tanh(z1) (5)": lambda: linear(W2, b2, x),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
