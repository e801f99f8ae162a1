xavier_relu_mean, _ = measure("relu", 1 / m)
shrink = xavier_relu_mean[0][19] / xavier_relu_mean[0][0]
print(
    f"ReLU, Var w = 1/m: mean Var z at layer 1 {xavier_relu_mean[0][0]:.4f}, "
    f"at layer 20 {xavier_relu_mean[0][19]:.3e}"
)
print(f"measured factor {shrink:.3e}, predicted (1/2)^19 = {0.5**19:.3e}")
