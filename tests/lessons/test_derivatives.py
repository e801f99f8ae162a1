"""The derivatives page against the mathematics: the power rule and Taylor's theorem."""

from __future__ import annotations

import math
import re
from fractions import Fraction

from oracles import derivative


def test_seed_prints_the_power_rule_slope_at_3(lesson):
    where = lesson.where("seed-derivative")
    x, n = 3, 2
    slope = n * x ** (n - 1)  # power rule: d/dx x^n = n x^(n-1)
    expected = f"The derivative of f(x) at x={x} is {slope}"
    shown = lesson.shown("seed-derivative")
    assert shown == expected, f"{where}: expected {expected!r}, got {shown!r}"


def test_seed_derivative_is_verified_on_the_page(lesson):
    shown = lesson.shown("seed-derivative-check")
    assert "verified" in shown and "f′(x) = 2x" in shown, (
        f"{lesson.where('seed-derivative-check')}: expected a 'verified' line, "
        f"got {shown!r}"
    )


def test_slope_meaning_ratio_is_slope_plus_dx(lesson):
    where = lesson.where("slope-meaning")
    lines = lesson.shown("slope-meaning").splitlines()
    assert len(lines) == 3, f"{where}: expected 3 lines, got {lines}"
    pattern = re.compile(
        r"dx = (\S+)\s+change in f = (\S+)\s+f'\(3\)\*dx = (\S+)\s+ratio = (\S+)"
    )
    for line in lines:
        found = pattern.fullmatch(line.strip())
        assert found, f"{where}: unexpected line {line!r}"
        dx = Fraction(found.group(1))
        # (3 + dx)^2 - 3^2 = 6 dx + dx^2 exactly; the slope of x^2 at 3 is 6.
        want = {2: 6 * dx + dx**2, 3: 6 * dx, 4: 6 + dx}
        for group, value in want.items():
            got = float(found.group(group))
            assert math.isclose(got, value, abs_tol=5e-7), (
                f"{where}: dx = {dx}: expected {float(value)!r}, got {got!r}"
            )


def test_central_differences_agree_with_2x(lesson):
    where = lesson.where("central-difference")
    lines = lesson.shown("central-difference").splitlines()
    assert len(lines) == 3, f"{where}: expected 3 lines, got {lines}"
    pattern = re.compile(r"x = *(\S+):\s+2x = *(\S+)\s+central difference = (\S+)")
    for line in lines:
        found = pattern.fullmatch(line.strip())
        assert found, f"{where}: unexpected line {line!r}"
        x, exact, approx = (float(found.group(i)) for i in (1, 2, 3))
        assert exact == 2 * x, f"{where}: expected 2x = {2 * x}, got {exact}"
        assert repr(approx) == found.group(3), f"{where}: {line!r} is not repr"
        # Rounding error of a central difference is about eps * |f| / h; allow 1e-8.
        assert math.isclose(approx, 2 * x, rel_tol=1e-8), (
            f"{where}: expected about {2 * x}, got {approx!r}"
        )


def test_step_size_table_follows_truncation_then_rounding(lesson):
    where = lesson.where("step-size-table")
    rows = [line.split() for line in lesson.shown("step-size-table").splitlines()[1:]]
    assert len(rows) == 7, f"{where}: expected 7 rows, got {rows}"
    e = math.e  # f = exp at x = 1: f'' = f''' = e
    errors = {}
    for h_text, forward_text, central_text in rows:
        h, forward, central = float(h_text), float(forward_text), float(central_text)
        errors[h] = (forward, central)
        if h >= 1e-7:  # the page: the forward error follows h down to h = 1e-7
            assert math.isclose(forward, e * h / 2, rel_tol=0.1), (
                f"{where}: h={h}: expected forward error ≈ e·h/2 = "
                f"{e * h / 2:.1e}, got {forward:.1e}"
            )
        if h >= 1e-3:  # the page: the central error follows h² for one row only
            assert math.isclose(central, e * h**2 / 6, rel_tol=0.1), (
                f"{where}: h={h}: expected central error ≈ e·h²/6 = "
                f"{e * h**2 / 6:.1e}, got {central:.1e}"
            )
    # The page: at h = 1e-5 the central error is a little above e·h²/6, and at
    # h = 1e-7 it is no smaller: it has reached the rounding floor.
    truncation = e * 1e-5**2 / 6
    assert 1.1 * truncation < errors[1e-5][1] < 2 * truncation, (
        f"{where}: h=1e-5: expected a central error a little above "
        f"e·h²/6 = {truncation:.1e}, got {errors[1e-5][1]:.1e}"
    )
    assert errors[1e-7][1] >= errors[1e-5][1], (
        f"{where}: h=1e-7: expected a central error no smaller than at h=1e-5: {errors}"
    )
    # Rounding: below the floor both errors grow row by row.
    for k in (9, 11, 13):
        smaller, larger = errors[10.0**-k], errors[10.0 ** -(k - 2)]
        assert smaller[0] > larger[0] and smaller[1] > larger[1], (
            f"{where}: h=1e-{k}: expected both errors to grow: {errors}"
        )


def test_figures_are_described(lesson):
    for block_id in ("tangents-figure", "step-size-figure"):
        lesson.assert_figure_described(block_id)


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(["f′(x) = 2x at x = 3"])


def test_the_exercise_cubic_is_flat_at_minus_one_and_one(lesson):
    where = lesson.where("exercise-cubic")
    rows = re.findall(
        r"x = *(\S+):\s+f\(x\) = *(\S+),\s+f′\(x\) = *(\S+)",
        lesson.printed("exercise-cubic"),
    )
    assert len(rows) == 5, f"{where}: {rows}"
    for x, fx, slope in (map(Fraction, row) for row in rows):
        # For a cubic the central difference is off by exactly h²·f‴/6 = h².
        h = Fraction(1, 1000)
        exact = derivative(lambda v: v**3 - 3 * v, x, h) - h**2
        assert (fx, slope) == (x**3 - 3 * x, exact), f"{where}: x = {x}"
        assert (slope == 0) == (abs(x) == 1), f"{where}: x = {x}"
