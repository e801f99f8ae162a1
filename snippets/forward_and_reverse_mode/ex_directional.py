u = [0.6, 0.8]  # a unit direction: 0.6² + 0.8² = 1
(along,) = jvp(lambda x1, x2: [f(x1, x2)], [1.5, -0.5], u)  # one forward pass
gx1, gx2 = gradient_reverse(f, [1.5, -0.5])
print(f"directional derivative, 1 forward pass: {along:.6f}")
print(f"∇f · u from the reverse-mode gradient:  {gx1 * u[0] + gx2 * u[1]:.6f}")
