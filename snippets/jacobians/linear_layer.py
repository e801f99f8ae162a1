def linear(W, b, x):
    """The layer z = W x + b: W has one row per output, one column per input."""
    W, b, x = (np.asarray(v, dtype=float) for v in (W, b, x))
    if W.ndim != 2:
        raise ValueError(f"W must be a matrix of shape (m, d), got shape {W.shape}")
    m, d = W.shape
    if x.shape != (d,) or b.shape != (m,):
        raise ValueError(
            f"W has shape {W.shape}, so x needs shape ({d},) and b shape ({m},): "
            f"got x {x.shape}, b {b.shape}"
        )
    return W @ x + b


# Small random weights (scale 0.5), so that no tanh below saturates.
rng = np.random.default_rng(10)
W1 = rng.normal(scale=0.5, size=(5, 4))  # 4 inputs -> 5 outputs
b1 = rng.normal(scale=0.5, size=5)
x = rng.normal(size=4)
J_linear = numerical_jacobian(lambda x: linear(W1, b1, x), x)
print(f"W1 has shape {W1.shape}, the Jacobian by differences {J_linear.shape}")
print(f"largest |Jacobian - W1|: {np.max(np.abs(J_linear - W1)):.1e}")
