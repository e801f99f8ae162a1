# Simulating a weight update in a neural network
weights = [0.5, -0.5, 0.3]
learning_rate = 0.01
gradients = [0.1, -0.2, 0.05]  # Example gradients

# Update weights
for i in range(len(weights)):
    weights[i] = weights[i] - learning_rate * gradients[i]

print(f"Updated weights: {weights}")
