print("layer k   measured Var z   1/(2k)   measured Var δ   (k − 1)/20")
for k in (5, 10, 15, 20):
    print(
        f"{k:7d}   {tanh_mean[0][k - 1]:14.4f}   {1 / (2 * k):.4f}"
        f"   {tanh_mean[1][k - 1]:14.4f}   {(k - 1) / 20:.4f}"
    )
tanh_layer_20 = 1 / (2 * 20)
