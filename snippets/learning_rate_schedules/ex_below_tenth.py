# The bound from the solution: t - W > (T - W)/π · arccos(-4/5).
bound = (total - 30) / math.pi * math.acos(-4 / 5)
print(f"(T - W)/π · arccos(-4/5) = {bound:.4f}")

# Walk the steps until warm-up + cosine first drops below η_max / 10.
first = next(
    t for t in range(30, total) if warmup_cosine(t, eta_max, total, 30) < eta_max / 10
)
print(f"first step below η_max/10: t = {first}")
print(f"η_{first - 1} = {warmup_cosine(first - 1, eta_max, total, 30):.6f}")
print(f"η_{first} = {warmup_cosine(first, eta_max, total, 30):.6f}")
