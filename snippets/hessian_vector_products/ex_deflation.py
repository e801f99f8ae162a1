rng = random.Random(3)
v = [rng.gauss(0, 1) for _ in theta_star]
v = [vi / norm(v) for vi in v]
for _ in range(20):
    _, hv = hvp(loss, theta_star, v)
    along_u = sum(ui * vi for ui, vi in zip(u, v, strict=True))
    # (H − λ_max u uᵀ) v: the top direction's eigenvalue is moved to 0
    hv = [hvi - lambda_max * along_u * ui for hvi, ui in zip(hv, u, strict=True)]
    lambda_2 = sum(vi * hvi for vi, hvi in zip(v, hv, strict=True))
    v = [hvi / norm(hv) for hvi in hv]
print(f"λ₂ by deflated power iteration (20 products): {lambda_2:.6f}")
print(f"λ₂ by eigvalsh:                               {eigenvalues[-2]:.6f}")
