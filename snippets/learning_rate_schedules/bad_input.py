bad_calls = {
    "warm-up longer than training": lambda: warmup_cosine(0, 0.1, 300, warmup=400),
    "step 300 of 300": lambda: cosine(300, 0.1, 300),
    "negative η_max": lambda: step_decay(0, -0.1, 300, drop_every=50),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
