def f_prime_tilted(x):
    return 4 * x**3 - 4 * x + 0.5  # f(x) = x⁴ − 2x² + 0.5x


roots = np.sort(np.roots([4, 0, -4, 0.5]).real)
tilted_boundary = roots[1]  # the middle root: the local maximum
print(f"critical points: {', '.join(f'{r:+.6f}' for r in roots)}")
print(f"basin boundary: x = {tilted_boundary:.6f} (it was {boundary:.6f} for 0.3x)")
