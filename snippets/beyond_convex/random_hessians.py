# A toy: pretend the Hessian at a critical point is a random symmetric matrix,
# (B + Bᵀ)/2 with standard normal entries in B, and count how often it is
# the Hessian of a minimum (all eigenvalues > 0), of a maximum (all < 0),
# or of a saddle (some of each).
import numpy as np

rng = np.random.default_rng(2014)
samples = 20_000
print(" n    minima   maxima    saddles   (of 20000 random matrices)")
for n in range(1, 7):
    B = rng.normal(size=(samples, n, n))
    eigenvalues = np.linalg.eigvalsh((B + B.transpose(0, 2, 1)) / 2)
    minima = int(np.sum(eigenvalues.min(axis=1) > 0))
    maxima = int(np.sum(eigenvalues.max(axis=1) < 0))
    print(f"{n:2d}  {minima:8d} {maxima:8d} {samples - minima - maxima:10d}")
