# Each VJP takes v = ∂ℓ/∂(the layer's output) and returns ∂ℓ/∂(its input),
# vᵀ times the layer's Jacobian, from what the forward pass computed.
def linear_vjp(W, v):  # vᵀ W
    return v @ W


def tanh_vjp(h, v):  # vᵀ diag(1 - h²): entry by entry
    return v * (1 - h**2)


def softmax_vjp(s, v):  # vᵀ (diag(s) - s sᵀ) = s ⊙ (v - v·s)
    return s * (v - v @ s)


y = np.array([0.0, 1.0, 0.0])  # one-hot target: the true class is the second


def cross_entropy(s, y):
    return -np.sum(y * np.log(s))


def loss_gradient(x):
    """∂ℓ/∂x for ℓ = cross_entropy(network(x), y): forward, then four VJPs."""
    a = linear(W1, b1, x)
    h = np.tanh(a)
    s = softmax(linear(W2, b2, h))
    v = -y / s  # ∂ℓ/∂s
    v = softmax_vjp(s, v)  # ∂ℓ/∂z
    v = linear_vjp(W2, v)  # ∂ℓ/∂h
    v = tanh_vjp(h, v)  # ∂ℓ/∂a
    return linear_vjp(W1, v)  # ∂ℓ/∂x


by_vjps = loss_gradient(x)
by_jacobian = (-y / network(x)) @ network_jacobian(x)  # vᵀ J, J formed in full
print(f"loss ℓ = {cross_entropy(network(x), y):.6f}")
print(f"∂ℓ/∂x by four VJPs:        {vector(by_vjps)}")
print(f"∂ℓ/∂x through the full J:  {vector(by_jacobian)}")
print(f"largest difference: {np.max(np.abs(by_vjps - by_jacobian)):.1e}")
