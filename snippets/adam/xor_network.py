# The XOR cloud and the 2 -> 8 -> 1 tanh network of "A small network",
# written compactly: all 33 parameters in one vector theta.
rng = np.random.default_rng(0)
corners = np.array([[-1.0, -1.0], [-1.0, 1.0], [1.0, -1.0], [1.0, 1.0]])
X_xor = np.repeat(corners, 50, axis=0) + rng.normal(scale=0.35, size=(200, 2))
y_xor = np.repeat([0.0, 1.0, 1.0, 0.0], 50)  # 1 where the signs differ
m_hidden = 8


def unpack(theta):
    """W1 (2 x 8), b1 (8), w2 (8), b2 (a number) from the vector theta."""
    k = m_hidden
    return (
        theta[: 2 * k].reshape(2, k),
        theta[2 * k : 3 * k],
        theta[3 * k : 4 * k],
        theta[4 * k],
    )


def network_loss(theta):
    W1, b1, w2, b2 = unpack(theta)
    z = np.tanh(X_xor @ W1 + b1) @ w2 + b2
    return np.mean(np.logaddexp(0.0, z) - y_xor * z)  # cross-entropy


def network_gradient(theta):
    """Backpropagation, as derived on 'A small network'."""
    W1, b1, w2, b2 = unpack(theta)
    H = np.tanh(X_xor @ W1 + b1)
    p = np.exp(-np.logaddexp(0.0, -(H @ w2 + b2)))  # σ(z)
    dz = (p - y_xor) / len(y_xor)
    dZ = np.outer(dz, w2) * (1 - H**2)
    return np.concatenate(
        [(X_xor.T @ dZ).ravel(), dZ.sum(axis=0), H.T @ dz, [dz.sum()]]
    )


init = np.random.default_rng(1)
theta_start = np.concatenate(
    [
        init.normal(size=2 * m_hidden),  # W1
        np.zeros(m_hidden),  # b1
        init.normal(size=m_hidden) / np.sqrt(m_hidden),  # w2
        [0.0],  # b2
    ]
)
print(
    f"parameters: {theta_start.size}, loss at the start: {network_loss(theta_start):.4f}"
)
