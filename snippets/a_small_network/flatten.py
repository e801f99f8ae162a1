NAMES = ("W1", "b1", "w2", "b2")


def flatten(params):
    """All parameters in one vector, in the order of NAMES."""
    return np.concatenate([np.ravel(params[name]) for name in NAMES])


def unflatten(theta, like):
    """The inverse of flatten: cut theta into arrays shaped like `like`'s."""
    params, start = {}, 0
    for name in NAMES:
        size = np.size(like[name])
        piece = theta[start : start + size]
        params[name] = np.reshape(piece, np.shape(like[name]))
        start += size
    return params


theta = flatten(params)
print(f"theta has {theta.size} entries")
round_trip = flatten(unflatten(theta, params))
print(f"round trip exact: {np.array_equal(round_trip, theta)}")
