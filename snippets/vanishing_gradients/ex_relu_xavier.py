xavier_relu_mean, _ = measure("relu", 1 / m)
shrink = xavier_relu_mean[0][19] / xavier_relu_mean[0][0]
print(
    f"ReLU, Var w = 1/m: mean Var z at layer 1 {xavier_relu_mean[0][0]:.4f}, "
    f"at layer 20 {xavier_relu_mean[0][19]:.3e}"
)
print(f"measured factor {shrink:.3e}, predicted (1/2)^19 = {0.5**19:.3e}")
print(
    f"He, layer 20: standard error {relu_se[0][19] / relu_mean[0][19]:.0%} of the mean"
)
halved = relu_mean[0] / 2.0 ** np.arange(1, 21)  # the He column divided by 2^k
difference = np.max(np.abs(xavier_relu_mean[0] / halved - 1))
print(f"largest relative difference from the He column / 2^k: {difference:.1e}")
