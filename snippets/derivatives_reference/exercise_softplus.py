import math


def softplus(x):
    return math.log(1 + math.exp(x))


def softplus_prime(x):
    # chain rule: log′(u) · u′ with u = 1 + eˣ gives eˣ / (1 + eˣ) = σ(x)
    return math.exp(x) / (1 + math.exp(x))


softplus_slope = softplus_prime(1.2)
print(f"softplus′(1.2) = σ(1.2) = {softplus_slope:.6f}")
