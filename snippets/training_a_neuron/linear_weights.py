# The best any linear model can do on these noisy points: least squares.
X_tilde = np.column_stack([X, np.ones(n)])  # a column of ones carries the bias
best, *_ = np.linalg.lstsq(X_tilde, y, rcond=None)

print("        true   learned   least squares")
rows = zip(["w1", "w2", "b"], [*true_w, true_b], [*w, b], best, strict=True)
for name, truth, learned, lstsq in rows:
    print(f"{name:>2}  {truth:7.4f}   {learned:7.4f}   {lstsq:7.4f}")
