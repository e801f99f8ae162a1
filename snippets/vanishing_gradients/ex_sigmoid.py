sigmoid_delta_var = scaled["sigmoid"][1]
per_layer = (sigmoid_delta_var[0] / sigmoid_delta_var[19]) ** (1 / 19)
z = np.linspace(-6, 6, 1201)
print(
    f"largest σ′(z) on a grid over [-6, 6]: {np.max(sigmoid(z) * (1 - sigmoid(z))):.4f}"
)
print(f"measured factor on Var δ per layer (sigmoid, Var w = 1/m): {per_layer:.4f}")
print(f"bound m · (1/m) · (1/4)² = {1 / 16:.4f}")
