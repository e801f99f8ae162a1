bad_calls = {
    'run_chain("softplus", 0.01)': lambda: run_chain("softplus", 0.01),
    'run_chain("relu", 0.0)': lambda: run_chain("relu", 0.0),
}
for what, call in bad_calls.items():
    try:
        call()
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
