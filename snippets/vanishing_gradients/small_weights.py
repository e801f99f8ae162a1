def norms_table(weight_vars):
    """‖δ‖ = ‖∂L/∂z‖ at every layer, one column per activation."""
    runs = {name: run_chain(name, var) for name, var in weight_vars.items()}
    print("layer" + "".join(f"{name:>11}" for name in runs))
    for k in range(19, -1, -1):
        print(f"{k + 1:5d}" + "".join(f"{run[2][k]:11.2e}" for run in runs.values()))
    return runs


small = norms_table({"sigmoid": 0.01, "tanh": 0.01, "relu": 0.01})
