# Clipping by norm in plain Python: a gradient is a list of numbers.
import math


def clip_by_norm(gradient, max_norm):
    norm = math.sqrt(sum(g * g for g in gradient))
    if norm > max_norm:
        return [g * (max_norm / norm) for g in gradient]
    return list(gradient)


print(clip_by_norm([30.0, -40.0], 5.0))  # norm 50: scaled down to norm 5
print(clip_by_norm([0.3, 0.4], 5.0))  # norm 0.5: left alone
