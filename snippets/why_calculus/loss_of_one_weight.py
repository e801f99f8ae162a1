# A model with one weight w predicts y_hat = w * x.
# One training example: input x = 2, target y = 6 (best weight: w = 3).
x, y = 2, 6


def loss(w):
    return (w * x - y) ** 2  # squared error


def slope(w):
    return 2 * (w * x - y) * x  # derivative of the loss with respect to w


for w in [0, 1, 2, 3, 4, 5]:
    print(f"w = {w}:  loss = {loss(w):2d},  slope = {slope(w):3d}")
