# The sum of the rates over all 300 steps, for each schedule.
for name, schedule in schedules.items():
    print(f"{name:<18} Σ η_t = {sum(schedule(t) for t in range(total)):.6f}")
cosine_sum = sum(cosine(t, eta_max, total) for t in range(total))
formula = total * eta_max / 2 + eta_max / 2
print(f"cosine by the formula T η_max / 2 + η_max / 2 = {formula:.6f}")
# Where step decay's rate is below cosine's: one run of steps.
below = [t for t in range(total) if schedules["step decay"](t) < schedules["cosine"](t)]
print(f"step decay below cosine: t = {below[0]} to {below[-1]} ({len(below)} steps)")
