def scaled_gradient(p):
    return 1000 * valley_gradient(p)  # the gradient of 1000 f


on_f = adam(valley_gradient, start, 1.0, 50)
on_1000f = adam(scaled_gradient, start, 1.0, 50)
print(f"Adam, 50 steps on f:      ({on_f[-1, 0]:.6f}, {on_f[-1, 1]:.6f})")
print(f"Adam, 50 steps on 1000 f: ({on_1000f[-1, 0]:.6f}, {on_1000f[-1, 1]:.6f})")
print(f"largest difference along the paths: {np.abs(on_f - on_1000f).max():.1e}")
plain = descend(scaled_gradient, start, 0.09, 5)
print(f"descent on 1000 f, η = 0.09, after 5 steps: x = {plain[-1, 0]:.3g}")
x_after_50 = on_1000f[-1, 0]
