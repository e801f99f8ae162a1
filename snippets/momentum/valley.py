# f(x, y) = x² + 10y²: the narrow valley of the partial-derivatives lesson.
import numpy as np


def f(p):
    x, y = p
    return x**2 + 10 * y**2


def gradient(p):
    x, y = p
    return np.array([2 * x, 20 * y])  # (∂f/∂x, ∂f/∂y)


hessian = np.array([[2.0, 0.0], [0.0, 20.0]])  # second derivatives, all constant
curvatures = np.diag(hessian)  # λ for x and for y: the valley lies along the axes
kappa = curvatures.max() / curvatures.min()
print(f"∇f(3, -1.5) = {gradient([3.0, -1.5])}")
print(f"curvatures: λ = {curvatures[0]:g} along x, {curvatures[1]:g} across (y)")
print(f"condition number κ = {kappa:g}")
