# The 8×8 digits that ship inside scikit-learn: read from the installed
# package, nothing is downloaded.
import numpy as np
from sklearn.datasets import load_digits

digits = load_digits()
images, labels = digits.data, digits.target  # one row of 64 pixels per image
n = len(labels)
print(f"{n} images, {images.shape[1]} pixels each (8×8)")
print(f"pixel values from {images.min():.0f} to {images.max():.0f}")
print("images per digit:", np.bincount(labels).tolist())

X_all = images / 16.0  # pixels scaled to [0, 1]

# A seeded shuffle, then 360 images (about 20 %) set aside for testing.
rng = np.random.default_rng(0)
order = rng.permutation(n)
test_index, train_index = order[:360], order[360:]
X_train, y_train = X_all[train_index], labels[train_index]
X_test, y_test = X_all[test_index], labels[test_index]
in_both = np.intersect1d(train_index, test_index).size
in_neither = n - np.union1d(train_index, test_index).size
print(f"training set: {len(y_train)} images, test set: {len(y_test)} images")
print(f"images in both sets: {in_both}; images in neither: {in_neither}")
