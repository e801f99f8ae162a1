# Two ways to get the cross-entropy wrong, next to cross_entropy above, on
# scores far apart. NumPy's warnings are caught and printed under each result
# (each different one once).
import warnings


def naive(z, y):  # the softmax exactly as written, then the log
    p = np.exp(z) / np.sum(np.exp(z))
    return -np.sum(y * np.log(p))


def max_subtracted(z, y):  # the max subtracted, but the log taken of p
    e = np.exp(z - np.max(z))
    return -np.sum(y * np.log(e / np.sum(e)))


cases = [
    ("z = (1000, 999), y = (1, 0)", np.array([1000.0, 999.0]), np.array([1.0, 0.0])),
    ("z = (0, -800),   y = (0, 1)", np.array([0.0, -800.0]), np.array([0.0, 1.0])),
]
for name, loss in [
    ("naive", naive),
    ("max subtracted, log of p", max_subtracted),
    ("log-softmax", cross_entropy),
]:
    print(name)
    for case, z_case, y_case in cases:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            value = loss(z_case, y_case)
        print(f"  {case}:  ℓ = {value:.4f}")
        for warning in dict.fromkeys(
            f"{w.category.__name__}: {w.message}" for w in caught
        ):
            print(f"      {warning}")
