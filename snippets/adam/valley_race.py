def heavy_ball(gradient, start, learning_rate, beta, steps):
    """Momentum (Polyak's heavy ball): the gradient step plus beta times the
    previous move. Returns the path."""
    theta = np.array(start, dtype=float)
    previous = theta
    path = [theta]
    for _ in range(steps):
        move = -learning_rate * gradient(theta) + beta * (theta - previous)
        previous, theta = theta, theta + move
        path.append(theta)
    return np.array(path)


runs = {
    "descent, η = 0.09": descend(valley_gradient, start, 0.09, 200),
    "momentum, η = 0.09, β = 0.5": heavy_ball(valley_gradient, start, 0.09, 0.5, 200),
    "Adam, η = 0.1": adam(valley_gradient, start, 0.1, 200),
    "Adam, η = 1": adam(valley_gradient, start, 1.0, 200),
}
print(f"{'f after':29}" + "".join(f"{k:>11}" for k in (10, 50, 100, 200)))
for name, run in runs.items():
    print(f"{name:29}" + "".join(f"{f(run[k]):11.3g}" for k in (10, 50, 100, 200)))
adam_x = runs["Adam, η = 0.1"][:, 0]
print(
    "x of Adam (η = 0.1) after 10, 100, 200 steps:",
    *(f"{adam_x[k]:.4g}" for k in (10, 100, 200)),
)
