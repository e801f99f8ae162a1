# A weight whose loss is 1e-8 · w: its gradient is 1e-8 everywhere.
def tiny_gradient(w):
    return np.array([1e-8])


for eps in (1e-8, 1e-12):
    move = adam(tiny_gradient, [0.0], 0.01, steps=1, eps=eps)[1, 0]
    print(f"eps = {eps:g}: first move {move:+.6f}")
first_move = abs(adam(tiny_gradient, [0.0], 0.01, steps=1)[1, 0])
