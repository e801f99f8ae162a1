from numpy.polynomial.hermite_e import hermegauss

# E[f(ξ)] for a standard normal ξ, as a weighted sum over 60 fixed points ξ_i
# (Gauss–Hermite quadrature; the weights add up to √(2π), hence the division).
points, weights = hermegauss(60)
weights = weights / weights.sum()


def next_variance(q):
    """q_{k+1} = E[tanh(√q_k ξ)²]: Var z one layer up, in an infinitely wide chain."""
    return weights @ np.tanh(np.sqrt(q) * points) ** 2


q_exact = [1.0]  # q_1 = m · (1/m) · 1: the inputs have variance 1
while len(q_exact) < 10_000:
    q_exact.append(next_variance(q_exact[-1]))

print("layer k   exact q_k   2k · q_k   1/q_k − 2k + (5/6) ln k")
for k in (5, 10, 20, 100, 1000, 10_000):
    q = q_exact[k - 1]
    print(
        f"{k:7d}   {q:9.4g}   {2 * k * q:8.4f}   {1 / q - 2 * k + 5 / 6 * np.log(k):.4f}"
    )

print("\nwidth   measured Var z at layer 20   networks")
print(
    f"{m:5d}   {tanh_mean[0][19]:.4f} ± {tanh_se[0][19]:.4f}              100 (the table)"
)
for width, networks in ((256, 20), (1024, 4)):
    layer_20 = [
        run_chain("tanh", 1 / width, m=width, seed=s)[0][19] for s in range(networks)
    ]
    se = np.std(layer_20, ddof=1) / np.sqrt(networks)
    print(f"{width:5d}   {np.mean(layer_20):.4f} ± {se:.4f}              {networks}")
