# Minimise f(w) = w**4 from w = 3. Far from 0 its gradient 4w**3 is huge.
def gradient(w):
    return 4 * w**3


def clip(g, max_norm):  # clip by norm; in one dimension the norm is |g|
    return g if abs(g) <= max_norm else g * (max_norm / abs(g))


learning_rate = 0.1
plain = clipped = 3.0
for step in range(1, 5):
    plain = plain - learning_rate * gradient(plain)
    clipped_gradient = clip(gradient(clipped), max_norm=1.0)
    clipped = clipped - learning_rate * clipped_gradient
    print(f"step {step}:  plain w = {plain!r:<22}  clipped w = {clipped!r}")
