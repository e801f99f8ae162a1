"""Descent sequences on the gradient-descent page, against the mathematics.

For f(x) = x², one step is x ← x − η·2x = (1 − 2η)·x, so x_k = x₀(1 − 2η)^k.
The oracle computes that in exact rational arithmetic; the page's floats must
agree to within a few ulps, and must be printed the way Python prints floats.
"""

from __future__ import annotations

import math
from fractions import Fraction

from listings import all_listings, shown_on_page


def listing(page: str, block_id: str):
    return next(x for x in all_listings() if x.page == page and x.id == block_id)


def closed_form(x0: Fraction, lr: Fraction, steps: int) -> list[Fraction]:
    return [x0 * (1 - 2 * lr) ** k for k in range(1, steps + 1)]


def test_seed_descent_prints_all_ten_true_steps(site):
    seed = listing("lessons/gradient-descent.md", "seed-descent")
    lines = shown_on_page(site, seed).splitlines()
    expected = closed_form(Fraction(10), Fraction(1, 10), 10)
    assert len(lines) == len(expected), f"{seed.where}: expected 10 lines, got {lines}"
    for k, (line, want) in enumerate(zip(lines, expected, strict=True), start=1):
        label, _, number = line.partition(": ")
        got = float(number)
        assert label == "Updated x", f"{seed.where}: line {k} is {line!r}"
        assert repr(got) == number, (
            f"{seed.where}: step {k} {number!r} is not how Python prints it"
        )
        assert math.isclose(got, want, rel_tol=1e-14), (
            f"{seed.where}: step {k}: expected x_{k} = {float(want)!r}, got {number}"
        )
