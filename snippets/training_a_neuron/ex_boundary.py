# On the x1-axis x2 = 0, so z = w1 x1 + b, and z = 0 at x1 = -b / w1.
crossing = -b / w[0]
print(f"the boundary crosses the x1-axis at x1 = {crossing:.4f}")
p_crossing = sigmoid(w[0] * crossing + b)
print(f"check: σ(w1 · {crossing:.4f} + b) = {p_crossing:.4f}")
