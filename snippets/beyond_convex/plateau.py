# The loss and the gradient's length along the run from (1, 10⁻⁶).
p = np.array([1.0, 1e-6])
print("step          x          y          f      |∇f|")
for k in range(81):
    if k in (0, 10, 20, 40, 60, 70, 76, 80):
        length = np.linalg.norm(saddle_gradient(p))
        print(f"{k:4d}  {p[0]:9.2e}  {p[1]:9.2e}  {f(p):9.2e}  {length:8.2e}")
    p = p - eta * saddle_gradient(p)
