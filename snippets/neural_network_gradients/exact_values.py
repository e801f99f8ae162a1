from decimal import Decimal

for w in weights:
    print(f"{w!r:>7} is stored as {Decimal(w)}")
