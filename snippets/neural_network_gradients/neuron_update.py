learning_rate = 0.01
new_w = w - learning_rate * grad_w
new_b = b - learning_rate * grad_b

print(f"loss before the step: {loss(w, b):.6f}")
print(f"loss after the step:  {loss(new_w, new_b):.6f}")

# The formula below predicts the new loss: L times the squared factor.
factor = 1 - 2 * learning_rate * (x @ x + 1)  # ‖x‖² + 1: the inputs and the bias's 1
print(f"factor 1 - 2η(‖x‖² + 1):      {factor:.6f}")
print(f"loss before × factor²:        {loss(w, b) * factor**2:.6f}")
