bad_calls = {
    "hvp with 2 tangents for 13 parameters": lambda: hvp(loss, theta_star, [1.0, 0.0]),
    "power iteration from the zero vector": lambda: power_iteration(
        loss, theta_star, [0.0] * len(theta_star), steps=5
    ),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
