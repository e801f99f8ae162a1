_, p_corners = forward(params, corners)
rows = zip(corners, corner_labels, p_corners, strict=True)
for (x1, x2), label, prob in rows:
    says = int(prob > 0.5)
    corner = f"({x1:+.0f}, {x2:+.0f})"
    print(f"{corner}: XOR {label:.0f}, network p = {prob:.4f}, says {says}")
