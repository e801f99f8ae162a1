bad_inputs = {
    "a 28×28 image (784 pixels)": np.zeros((1, 784)),
    "one 8×8 image, not flattened": X_test[0].reshape(8, 8),
}
for what, images in bad_inputs.items():
    try:
        predict(params, images)
    except ValueError as error:
        print(f"{what} -> ValueError:")
        print(f"    {error}")
one_row = X_test[0].reshape(8, 8).reshape(1, 64)
print(
    f"as one row of 64 pixels: predicted {predict(params, one_row)[0]}, true {y_test[0]}"
)
