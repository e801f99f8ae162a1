m = 64  # every layer: n_in = n_out = m
scaled = norms_table({"sigmoid": 1 / m, "tanh": 1 / m, "relu": 2 / m})
print(
    "‖δ‖ at layer 1 / at layer 20: "
    + ", ".join(f"{name} {run[2][0] / run[2][-1]:.3g}" for name, run in scaled.items())
)
