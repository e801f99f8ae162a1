# Each VJP takes v = ∂ℓ/∂(the layer's output) and returns ∂ℓ/∂(its input),
# vᵀ times the layer's Jacobian, from what the forward pass computed.
def linear_vjp(W, v):  # vᵀ W
    return v @ W


def tanh_vjp(o, v):  # vᵀ diag(1 - o²): entry by entry
    return v * (1 - o**2)


def softmax_vjp(p, v):  # vᵀ (diag(p) - p pᵀ) = p ⊙ (v - v·p)
    return p * (v - v @ p)


y = np.array([0.0, 1.0, 0.0])  # one-hot target: the true class is the second


def cross_entropy(p, y):
    return -np.sum(y * np.log(p))


def loss_gradient(x):
    """∂ℓ/∂x for ℓ = cross_entropy(network(x), y): forward, then four VJPs."""
    z1 = linear(W1, b1, x)
    o = np.tanh(z1)
    p = softmax(linear(W2, b2, o))
    v = -y / p  # ∂ℓ/∂p
    v = softmax_vjp(p, v)  # ∂ℓ/∂z2
    v = linear_vjp(W2, v)  # ∂ℓ/∂o
    v = tanh_vjp(o, v)  # ∂ℓ/∂z1
    return linear_vjp(W1, v)  # ∂ℓ/∂x


by_vjps = loss_gradient(x)
by_jacobian = (-y / network(x)) @ network_jacobian(x)  # vᵀ J, J formed in full
print(f"loss ℓ = {cross_entropy(network(x), y):.6f}")
print(f"∂ℓ/∂x by four VJPs:        {vector(by_vjps)}")
print(f"∂ℓ/∂x through the full J:  {vector(by_jacobian)}")
print(f"largest difference: {np.max(np.abs(by_vjps - by_jacobian)):.1e}")
