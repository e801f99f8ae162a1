# The loss's curvature along each parameter: (2/n) * sum of x_ij**2 for
# weight j, and 2 for the bias. Stability needs learning_rate * curvature < 2.
curvatures = {
    "w1": 2 * np.mean(X[:, 0] ** 2),
    "w2": 2 * np.mean(X[:, 1] ** 2),
    "b": 2.0,
}
for name, curvature in curvatures.items():
    print(
        f"{name}: curvature {curvature:10.4g}, needs a learning rate below {2 / curvature:.3g}"
    )
largest, smallest = max(curvatures.values()), min(curvatures.values())
print(f"0.01 is {0.01 * largest / 2:.0f} times the largest stable rate for w2")
print(f"largest / smallest curvature along an axis: {largest / smallest:.3g}")
