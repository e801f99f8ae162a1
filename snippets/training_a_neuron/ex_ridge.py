penalty = 0.5  # λ


def ridge_loss(w, b, X, y):
    return mse_loss(w, b, X, y) + penalty * np.sum(w**2)


def ridge_gradients(w, b, X, y):
    grad_w, grad_b = mse_gradients(w, b, X, y)
    return grad_w + 2 * penalty * w, grad_b  # the bias is not penalised


w_ridge, b_ridge = np.zeros(2), 0.0
for _ in range(200):
    grad_w, grad_b = ridge_gradients(w_ridge, b_ridge, X, y)
    w_ridge = w_ridge - 0.1 * grad_w
    b_ridge = b_ridge - 0.1 * grad_b
w_plain, b_plain, _ = train_linear(X, y, learning_rate=0.1, steps=200)
print(f"without penalty: w = ({w_plain[0]:.4f}, {w_plain[1]:.4f}), b = {b_plain:.4f}")
w1, w2 = w_ridge
print(f"with λ = {penalty}:   w = ({w1:.4f}, {w2:.4f}), b = {b_ridge:.4f}")

# How much each weight shrank, next to s²/(s² + λ) from the variances s².
shrink = w_ridge / w_plain
variances = X.var(axis=0)
predicted = variances / (variances + penalty)
print(f"shrink factors w_ridge / w_plain: ({shrink[0]:.3f}, {shrink[1]:.3f})")
print(f"feature variances s²: ({variances[0]:.3f}, {variances[1]:.3f})")
print(f"s² / (s² + λ): ({predicted[0]:.3f}, {predicted[1]:.3f})")

# The price: the mean squared error of the fit, without and with the penalty.
mse_plain, mse_ridge = (
    mse_loss(w_plain, b_plain, X, y),
    mse_loss(w_ridge, b_ridge, X, y),
)
print(f"mean squared error: {mse_plain:.4f} without penalty, {mse_ridge:.4f} with")
print(f"the penalised fit's error is {mse_ridge / mse_plain:.0f} times larger")
