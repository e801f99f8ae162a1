def measure(activation, weight_var, networks=100):
    """Var z and Var δ at each layer: mean and standard error over networks."""
    runs = np.array(
        [run_chain(activation, weight_var, seed=s)[:2] for s in range(networks)]
    )
    return runs.mean(axis=0), runs.std(axis=0, ddof=1) / np.sqrt(networks)


relu_mean, relu_se = measure("relu", 2 / m)  # He
tanh_mean, tanh_se = measure("tanh", 1 / m)  # Xavier
print("        ReLU, Var w = 2/m                 tanh, Var w = 1/m")
print("layer   Var z (2)      Var δ (1/2)        Var z (1)      Var δ (1)")
for k in range(20):
    cells = [
        f"{mean[i][k]:.3f} ± {se[i][k]:.3f}"
        for mean, se in ((relu_mean, relu_se), (tanh_mean, tanh_se))
        for i in (0, 1)
    ]
    print(f"{k + 1:5d}   {cells[0]}  {cells[1]}      {cells[2]}  {cells[3]}")
relu_misses = np.abs(relu_mean - np.array([[2.0], [0.5]])) / relu_se
print(f"ReLU: largest miss from the formulas {relu_misses.max():.1f} standard errors")
