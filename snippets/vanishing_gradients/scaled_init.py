m = 64  # every layer: n_in = n_out = m
scaled = norms_table({"sigmoid": 1 / m, "tanh": 1 / m, "relu": 2 / m})
