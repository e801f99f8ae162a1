eta_slow = 0.05
counted = steps_to_escape(1e-6, eta_slow)
predicted = math.ceil(math.log(1e6) / math.log(1 + 2 * eta_slow))
print(f"η = {eta_slow}: {counted} steps counted, {predicted} by the formula")
print(f"η = {eta}: {steps_to_escape(1e-6, eta)} steps")
