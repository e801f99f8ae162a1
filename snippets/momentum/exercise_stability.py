# The steep coordinate alone: y_{k+1} = (1 + β − ηλ) y_k − β y_{k−1}, λ = 20.
beta, lam = 0.9, 20.0
eta_max = 2 * (1 + beta) / lam
print(f"largest stable η for β = {beta}: 2(1 + β)/λ = {eta_max:.4f}")


def y_after(eta, steps=300):
    previous, y = 1.0, 1.0  # y_{-1} = y_0, because v starts at 0
    for _ in range(steps):
        previous, y = y, (1 + beta - eta * lam) * y - beta * previous
    return y


for factor in (0.99, 1.01):
    print(f"η = {factor} × η_max: y after 300 steps = {y_after(factor * eta_max):.3e}")
