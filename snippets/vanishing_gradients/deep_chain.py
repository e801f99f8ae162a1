import numpy as np


def sigmoid(z):
    return np.exp(-np.logaddexp(0, -z))


# Each activation φ with its derivative φ′, given z and its output φ(z).
activations = {
    "sigmoid": (sigmoid, lambda z, out: out * (1 - out)),
    "tanh": (np.tanh, lambda z, out: 1 - out**2),
    "relu": (lambda z: np.maximum(z, 0), lambda z, out: (z > 0).astype(float)),
}


def forward_backward(Ws, X, G, activation):
    """The chain's loss L = Σ G ⊙ H_top (H_top: the top layer's outputs, one
    row per example), the pre-activations Z of every layer, Δ = ∂L/∂Z of
    every layer (its entries are the δ = ∂L/∂z), and ∂L/∂X."""
    phi, phi_prime = activations[activation]
    H, Z = [X], []
    for W in Ws:  # forward
        Z.append(H[-1] @ W)
        H.append(phi(Z[-1]))
    loss = np.sum(G * H[-1])
    grad_H, deltas = G, []  # ∂L/∂H at the top is G
    for k in range(len(Ws) - 1, -1, -1):  # backward
        deltas.append(grad_H * phi_prime(Z[k], H[k + 1]))  # Δ = ∂L/∂H ⊙ φ′(Z)
        grad_H = deltas[-1] @ Ws[k].T  # ∂L/∂H one layer down
    return loss, Z, deltas[::-1], grad_H


def run_chain(activation, weight_var, depth=20, m=64, n=100, seed=0):
    """`depth` layers of width m, weights drawn with variance weight_var, n
    standard normal examples. Returns, for layers k = 1, …, depth: the
    variance of z, the variance of δ = ∂L/∂z and the norm ‖δ‖."""
    if activation not in activations:
        raise ValueError(
            f"activation must be one of {sorted(activations)}, got {activation!r}"
        )
    if not (depth >= 1 and m >= 1 and n >= 1 and weight_var > 0):
        raise ValueError(
            f"need depth, m, n ≥ 1 and weight_var > 0, got {depth}, {m}, {n}, {weight_var}"
        )
    rng = np.random.default_rng(seed)
    Ws = [rng.normal(0, np.sqrt(weight_var), size=(m, m)) for _ in range(depth)]
    X = rng.normal(size=(n, m))  # n examples, m inputs each
    G = rng.normal(size=(n, m))
    _, Z, deltas, _ = forward_backward(Ws, X, G, activation)
    z_var = [np.mean(z**2) for z in Z]
    delta_var = [np.mean(delta**2) for delta in deltas]
    delta_norm = [np.linalg.norm(delta) for delta in deltas]
    return z_var, delta_var, delta_norm


z_var, delta_var, delta_norm = run_chain("tanh", weight_var=0.01)
print(f"{len(z_var)} layers of width 64, tanh, Var w = 0.01")
print(f"Var z: layer 1 {z_var[0]:.3g}, layer 20 {z_var[-1]:.3g}")
print(f"‖δ‖:   layer 20 {delta_norm[-1]:.3g}, layer 1 {delta_norm[0]:.3g}")
