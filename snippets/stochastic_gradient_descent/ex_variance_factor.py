# Variance at B = 1 over variance at B = 10: the formula, then the table.
B = 10
factor = (n - 1) * B / (n - B)  # s² over (n - B)/(B(n - 1)) s²
observed = measured[sizes.index(1)] / measured[sizes.index(B)]
print(f"formula: (n - 1) B / (n - B) = {n - 1} · {B} / {n - B} = {factor:g}")
print(f"measured (500 shuffles): {observed:.2f}")
print(f"with replacement it would be B = {B}")
