# A second training example: input x = 3, target y = 6 (best weight: w = 2).
x, y = 3, 6


def loss(w):
    return (w * x - y) ** 2


def slope(w):
    # Chain rule: 2(wx − y) from the square, times x from the inside, wx − y.
    return 2 * (w * x - y) * x


for w in [0, 1, 2, 3]:
    print(f"w = {w}:  loss = {loss(w):2d},  slope = {slope(w):3d}")
