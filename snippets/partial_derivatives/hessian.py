# The Hessian of f: all second partial derivatives, here constants.
hessian = np.array([[2.0, 0.0], [0.0, 20.0]])  # [[f_xx, f_xy], [f_yx, f_yy]]
eigenvalues = np.linalg.eigvalsh(hessian)  # in ascending order
kappa = eigenvalues[-1] / eigenvalues[0]
print(f"eigenvalues of H: {eigenvalues}")
print(f"condition number κ = λ_max / λ_min = {kappa:g}")
