learning_rate = 0.01
new_w = w - learning_rate * grad_w
new_b = b - learning_rate * grad_b

print(f"loss before the step: {loss(w, b):.6f}")
print(f"loss after the step:  {loss(new_w, new_b):.6f}")
