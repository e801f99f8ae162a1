# A toy: pretend the Hessian at a critical point is a random symmetric matrix,
# (G + Gᵀ)/2 with standard normal entries in G, and count how often it is
# the Hessian of a minimum (all eigenvalues > 0), of a maximum (all < 0),
# or of a saddle (some of each). The last column: the minima that independent
# signs would give, a chance of 2^-d.
import numpy as np

rng = np.random.default_rng(2014)
samples = 20_000
print(" d    minima   maxima    saddles   20000/2^d   (of 20000 random matrices)")
for d in range(1, 7):
    G = rng.normal(size=(samples, d, d))
    eigenvalues = np.linalg.eigvalsh((G + G.transpose(0, 2, 1)) / 2)
    minima = int(np.sum(eigenvalues.min(axis=1) > 0))
    maxima = int(np.sum(eigenvalues.max(axis=1) < 0))
    saddles = samples - minima - maxima
    print(f"{d:2d}  {minima:8d} {maxima:8d} {saddles:10d} {samples / 2**d:11.1f}")
