def norms_table(weight_vars):
    """‖δ‖ = ‖∂L/∂z‖ at every layer, one column per activation."""
    runs = {name: run_chain(name, var) for name, var in weight_vars.items()}
    print("layer" + "".join(f"{name:>11}" for name in runs))
    for k in range(19, -1, -1):
        print(f"{k + 1:5d}" + "".join(f"{run[2][k]:11.2e}" for run in runs.values()))
    return runs


small = norms_table({"sigmoid": 0.01, "tanh": 0.01, "relu": 0.01})
per_layer = {name: (run[2][-1] / run[2][0]) ** (1 / 19) for name, run in small.items()}
print(
    "‖δ‖ shrinks per layer by (geometric mean of 19 steps): "
    + ", ".join(f"{name} {factor:.2f}" for name, factor in per_layer.items())
)
