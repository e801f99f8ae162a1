def softmax(Z):
    """Each row of scores turned into probabilities that sum to 1."""
    shifted = Z - Z.max(axis=1, keepdims=True)  # same result, no overflow
    exp = np.exp(shifted)
    return exp / exp.sum(axis=1, keepdims=True)


def one_hot(labels):
    """Label k as the row (0, …, 0, 1, 0, …, 0) with the 1 at position k."""
    return np.eye(10)[labels]


def cross_entropy(Z, labels):
    """Mean over the rows of -log p_y: the log-probability of the true digit."""
    shifted = Z - Z.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return -np.mean(log_p[np.arange(len(labels)), labels])


def cross_entropy_gradient(Z, labels):
    """dL/dZ = (P - Y) / B, derived above."""
    return (softmax(Z) - one_hot(labels)) / len(labels)


scores = np.array([[2.0, 1.0, 0.1, 0, 0, 0, 0, 0, 0, -1.0]])
p = softmax(scores)
print("scores:       ", np.round(scores[0], 2).tolist())
print("probabilities:", np.round(p[0], 3).tolist())
print(f"sum of the probabilities: {p.sum():.6f}")
print(f"cross-entropy if the digit is 0: {cross_entropy(scores, np.array([0])):.4f}")
print(f"cross-entropy if the digit is 9: {cross_entropy(scores, np.array([9])):.4f}")
gradient = cross_entropy_gradient(scores, np.array([0]))[0]
print("dL/dz if the digit is 0:", np.round(gradient, 3).tolist())
