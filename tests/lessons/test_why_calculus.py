"""The why-calculus page: a loss of one weight, against its formula."""

from __future__ import annotations

import re
from fractions import Fraction

from oracles import derivative


def test_loss_and_slope_of_one_weight(lesson):
    where = lesson.where("loss-of-one-weight")
    lines = lesson.shown("loss-of-one-weight").splitlines()
    x, y = 2, 6  # the question: one example, input 2, target 6
    assert len(lines) == 6, f"{where}: expected 6 lines, got {lines}"
    slopes = []
    for line in lines:
        found = re.fullmatch(r"w = (\S+):\s+loss = *(\S+),\s+slope = *(\S+)", line)
        assert found, f"{where}: unexpected line {line!r}"
        w, loss, slope = (Fraction(found.group(i)) for i in (1, 2, 3))
        want_loss = (w * x - y) ** 2
        # Central difference in exact arithmetic: exact for a quadratic.
        want_slope = derivative(lambda v: (v * x - y) ** 2, w, Fraction(1, 1000))
        assert loss == want_loss, f"{where}: w={w}: expected {want_loss}, got {loss}"
        assert slope == want_slope, (
            f"{where}: w={w}: expected slope {want_slope}, got {slope}"
        )
        slopes.append((w, slope))
    best = Fraction(y, x)
    for w, slope in slopes:
        sign = (w > best) - (w < best)
        assert (slope > 0) - (slope < 0) == sign, (
            f"{where}: w={w}: the slope should have the sign of w - {best}"
        )


def test_slope_is_verified_on_the_page(lesson):
    shown = lesson.shown("loss-of-one-weight-check")
    assert "verified" in shown and "L′(w)" in shown, (
        f"{lesson.where('loss-of-one-weight-check')}: expected a 'verified' line, "
        f"got {shown!r}"
    )


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(["L′(w) = 2(wx − y)x at w = 1"])


def test_the_exercise_slope_for_another_example(lesson):
    """The graded exercise's solution: x = 3, y = 6, zero slope at w = 2 only."""
    where = lesson.where("exercise-slope")
    rows = re.findall(
        r"w = (\S+):\s+loss = *(\S+),\s+slope = *(\S+)",
        lesson.printed("exercise-slope"),
    )
    assert len(rows) == 4, f"{where}: {rows}"
    for w, loss, slope in (map(Fraction, row) for row in rows):
        exact = derivative(lambda v: (3 * v - 6) ** 2, w, Fraction(1, 1000))
        assert (loss, slope) == ((3 * w - 6) ** 2, exact), f"{where}: w = {w}"
        assert (slope == 0) == (w == 2), f"{where}: w = {w}"
