# How many steps until the point is within 1e-6 of the minimum (0, 0)?
def steps_needed(learning_rate, momentum, tolerance=1e-6):
    path = momentum_descent(gradient, start, learning_rate, momentum, steps=1000)
    distances = np.linalg.norm(path, axis=1)
    return next(k for k, distance in enumerate(distances) if distance < tolerance)


def steps_by_rate(learning_rate, momentum, tolerance=1e-6):
    """The steps needed if the distance shrank by exactly the rate every step."""
    shrink = math.log(tolerance / np.linalg.norm(start))
    return math.ceil(shrink / math.log(rate(learning_rate, momentum)))


settings = {
    "plain, η = 0.09": (0.09, 0.0),
    "plain, best η": (plain_eta, 0.0),
    "momentum, β = 0.5": (0.09, 0.5),
    "momentum, best": (best_eta, best_beta),
}
print("                       η       β    rate  steps  by the rate alone")
for name, (eta, beta) in settings.items():
    needed, guess = steps_needed(eta, beta), steps_by_rate(eta, beta)
    print(
        f"{name:17} {eta:7.4f} {beta:7.4f} {rate(eta, beta):7.4f} {needed:6d} {guess:6d}"
    )
fraction = steps_needed(best_eta, best_beta) / steps_needed(plain_eta, 0.0)
print(f"best momentum over best plain descent: {fraction:.2f} of the steps")
