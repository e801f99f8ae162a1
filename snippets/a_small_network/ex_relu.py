def relu_loss(params, X, y):
    H = np.maximum(0.0, X @ params["W1"] + params["b1"])
    z = H @ params["w2"] + params["b2"]
    return np.mean(np.logaddexp(0.0, z) - y * z)


def relu_gradients(params, X, y):
    Z = X @ params["W1"] + params["b1"]
    H = np.maximum(0.0, Z)
    p = sigmoid(H @ params["w2"] + params["b2"])
    dz = (p - y) / len(y)
    grads = {"w2": H.T @ dz, "b2": np.sum(dz)}
    # relu'(z) is 1 where z > 0 and 0 elsewhere:
    dZ = np.outer(dz, params["w2"]) * (Z > 0)
    grads["W1"] = X.T @ dZ
    grads["b1"] = np.sum(dZ, axis=0)
    return grads


relu_params = init_params(hidden=8, seed=1)
for _ in range(2000):
    relu_grads = relu_gradients(relu_params, X, y)
    relu_params = {k: relu_params[k] - 0.5 * relu_grads[k] for k in relu_params}
H_relu = np.maximum(0.0, X @ relu_params["W1"] + relu_params["b1"])
p_relu = sigmoid(H_relu @ relu_params["w2"] + relu_params["b2"])
relu_accuracy = np.mean((p_relu > 0.5) == (y == 1))
relu_final_loss = relu_loss(relu_params, X, y)
print(f"ReLU network: loss {relu_final_loss:.4f}, accuracy {relu_accuracy:.3f}")
