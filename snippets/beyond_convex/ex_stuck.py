# g(x, y) = x⁴ − 2x² + y²: the double well along x, a bowl along y.
def g(p):
    x, y = p
    return x**4 - 2 * x**2 + y**2


def g_gradient(p):
    x, y = p
    return np.array([4 * x**3 - 4 * x, 2 * y])


def g_hessian(p):
    x, _ = p
    return np.array([[12 * x**2 - 4, 0.0], [0.0, 2.0]])


for point in [(-1.0, 0.0), (0.0, 0.0), (1.0, 0.0)]:
    eigenvalues = np.linalg.eigvalsh(g_hessian(point))
    print(f"{point}: gradient {g_gradient(point)}, Hessian eigenvalues {eigenvalues}")
saddle_eigenvalue = np.linalg.eigvalsh(g_hessian((0.0, 0.0))).min()

for start in [(0.0, 0.5), (1e-3, 0.5)]:
    p = np.array(start)
    for _ in range(200):
        p = p - 0.1 * g_gradient(p)
    print(f"from {start}: after 200 steps at ({p[0]:.6f}, {p[1]:.2e}), g = {g(p):.6f}")
