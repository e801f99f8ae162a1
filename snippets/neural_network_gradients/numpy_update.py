# The same update, vectorised: one line updates every weight.
import numpy as np

weights = np.array([0.5, -0.5, 0.3])
learning_rate = 0.01
gradients = np.array([0.1, -0.2, 0.05])

weights = weights - learning_rate * gradients

print(f"Updated weights: {weights}")
print(f"As Python floats: {weights.tolist()}")
