# Standardise one feature in plain Python: subtract its mean, divide by its std.
import math


def standardise(values):
    mean = sum(values) / len(values)
    std = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    return [(v - mean) / std for v in values]


print(standardise([1000.0, 1500.0, 2000.0, 3500.0]))
