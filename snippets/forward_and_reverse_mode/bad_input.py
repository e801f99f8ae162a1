bad_calls = {
    "jvp with 3 tangents for 2 inputs": lambda: jvp(g, x, [1.0, 0.0, 0.0]),
    "vjp with 2 weights for 3 outputs": lambda: vjp(g, x, [1.0, 0.0]),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
