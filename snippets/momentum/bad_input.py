bad_settings = {
    "β = 1": (0.09, 1.0),
    "β = -0.5": (0.09, -0.5),
    "η = -0.09": (-0.09, 0.5),
    "η = nan": (float("nan"), 0.5),
}
for what, (eta, beta) in bad_settings.items():
    try:
        momentum_descent(gradient, start, eta, beta, steps=10)
    except ValueError as error:
        print(f"{what} -> ValueError: {error}")
