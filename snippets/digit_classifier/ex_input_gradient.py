def input_gradient(params, x, label):
    """dℓ/dx: how the loss on one image changes with each of its 64 pixels."""
    H1, Z2 = forward(params, x.reshape(1, 64))
    dZ2 = cross_entropy_gradient(Z2, np.array([label]))
    dZ1 = (dZ2 @ params["W2"].T) * (1 - H1**2)
    return (dZ1 @ params["W1"].T)[0]  # one more step back: through W1 to X


i = wrong[0]  # the first misclassified test image
gradient = input_gradient(params, X_test[i], y_test[i])
largest = np.max(np.abs(gradient))
row, column = divmod(int(np.argmax(np.abs(gradient))), 8)
print(f"test image {i}: true {y_test[i]}, predicted {predicted[i]}")
print(f"largest |dℓ/dx_j|: {largest:.4f}, at row {row}, column {column}")
