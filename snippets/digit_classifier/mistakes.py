wrong = np.flatnonzero(predicted != y_test)  # positions in the test set
print(f"misclassified: {len(wrong)} of {len(y_test)} test images")
for i in wrong:
    print(f"  test image {i:3d}: true {y_test[i]} → predicted {predicted[i]}")
