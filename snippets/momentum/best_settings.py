# The best plain learning rate, and the best (η, β), from the curvatures alone.
lam_min, lam_max = curvatures.min(), curvatures.max()
plain_eta = 2 / (lam_max + lam_min)
plain_rate = (kappa - 1) / (kappa + 1)
best_eta = 4 / (np.sqrt(lam_max) + np.sqrt(lam_min)) ** 2
best_beta = ((np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)) ** 2
print(f"plain:    η = {plain_eta:.4f}, rate (κ-1)/(κ+1) = {plain_rate:.4f}")
print(
    f"momentum: η = {best_eta:.4f}, β = {best_beta:.4f}, rate √β = {np.sqrt(best_beta):.4f}"
)
print(
    f"rates from the eigenvalues: {rate(plain_eta, 0.0):.4f} and {rate(best_eta, best_beta):.4f}"
)

# Is it really the best? Try 4,000 settings on a grid.
grid = [
    (rate(eta, beta), eta, beta)
    for eta in np.arange(1, 81) * 0.0025
    for beta in np.arange(50) * 0.02
]
grid_rate, grid_eta, grid_beta = min(grid)
print(
    f"best on the grid: η = {grid_eta:.4f}, β = {grid_beta:.2f}, rate {grid_rate:.4f}"
)
