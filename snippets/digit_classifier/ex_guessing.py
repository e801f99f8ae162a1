guess = {**params, "W2": np.zeros((32, 10)), "b2": np.zeros(10)}
print(f"loss with W2 = 0, b2 = 0: {network_loss(guess, X_train, y_train):.6f}")
print(f"log 10:                    {np.log(10):.6f}")
grad_b2 = network_gradients(guess, X_train, y_train)["b2"]
share = np.bincount(y_train, minlength=10) / len(y_train)
print("dL/db2:       ", np.round(grad_b2, 5).tolist())
print("1/10 - share: ", np.round(0.1 - share, 5).tolist())
