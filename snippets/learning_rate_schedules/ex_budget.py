# The sum of the rates over all 300 steps, for each schedule.
for name, schedule in schedules.items():
    print(f"{name:<18} Σ η_t = {sum(schedule(t) for t in range(total)):.6f}")
cosine_sum = sum(cosine(t, eta0, total) for t in range(total))
formula = total * eta0 / 2 + eta0 / 2
print(f"cosine by the formula T η0 / 2 + η0 / 2 = {formula:.6f}")
