# The Hessian of the mean squared error is H = (2/n) X̃ᵀX̃ with X̃ = [X 1]
# (the inputs and a column of ones for the bias). Its eigenvalues are the
# curvatures along the bowl's own axes, its eigenvectors those axes.
X_tilde = np.column_stack([X, np.ones(len(X))])
H = 2 / len(X) * X_tilde.T @ X_tilde
eigenvalues, eigenvectors = np.linalg.eigh(H)  # in ascending order
print("eigenvalues of H:", ", ".join(f"{lam:.4g}" for lam in eigenvalues))
print(f"κ = λ_max / λ_min = {eigenvalues[-1] / eigenvalues[0]:.3g}")

flattest = eigenvectors[:, 0] * np.sign(eigenvectors[0, 0])  # w1 rising
print("flattest direction (w1, w2, b):", ", ".join(f"{v:.3f}" for v in flattest))
# Each step multiplies the distance to the minimum along it by 1 - 1e-6 * λ_min.
share = 1e-6 * eigenvalues[0]
print(f"at learning rate 1e-6, one step closes {share:.3g} of the distance along it")
