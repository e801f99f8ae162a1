"""The why-calculus page: a loss of one weight, against its formula."""

from __future__ import annotations

import re
from fractions import Fraction

from listings import find, shown_on_page
from page_widgets import assert_checks_named

PAGE = "lessons/why-calculus.md"


def listing(block_id: str):
    return find(PAGE, block_id)


def test_loss_and_slope_of_one_weight(site):
    block = listing("loss-of-one-weight")
    lines = shown_on_page(site, block).splitlines()
    x, y = 2, 6  # the question: one example, input 2, target 6
    assert len(lines) == 6, f"{block.where}: expected 6 lines, got {lines}"
    slopes = []
    for line in lines:
        found = re.fullmatch(r"w = (\S+):\s+loss = *(\S+),\s+slope = *(\S+)", line)
        assert found, f"{block.where}: unexpected line {line!r}"
        w, loss, slope = (Fraction(found.group(i)) for i in (1, 2, 3))
        want_loss = (w * x - y) ** 2
        # Central difference in exact arithmetic: exact for a quadratic.
        h = Fraction(1, 1000)
        want_slope = ((w + h) * x - y) ** 2 - ((w - h) * x - y) ** 2
        want_slope /= 2 * h
        assert loss == want_loss, (
            f"{block.where}: w={w}: expected {want_loss}, got {loss}"
        )
        assert slope == want_slope, (
            f"{block.where}: w={w}: expected slope {want_slope}, got {slope}"
        )
        slopes.append((w, slope))
    best = Fraction(y, x)
    for w, slope in slopes:
        sign = (w > best) - (w < best)
        assert (slope > 0) - (slope < 0) == sign, (
            f"{block.where}: w={w}: the slope should have the sign of w - {best}"
        )


def test_slope_is_verified_on_the_page(site):
    check = listing("loss-of-one-weight-check")
    shown = shown_on_page(site, check)
    assert "verified" in shown and "L′(w)" in shown, (
        f"{check.where}: expected a 'verified' line, got {shown!r}"
    )


def test_every_derivative_on_the_page_is_verified(site):
    assert_checks_named(site, PAGE, ["L′(w) = 2(wx − y)x at w = 1"])
