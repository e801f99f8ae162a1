"""Descent sequences on the gradient-descent page, against the mathematics.

For f(x) = x², one step is x ← x − η·2x = (1 − 2η)·x, so x_k = x₀(1 − 2η)^k.
The oracle computes that in exact rational arithmetic; the page's floats must
agree to within a few ulps, and must be printed the way Python prints floats.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from fractions import Fraction
from itertools import pairwise

import pytest

from oracles import lab_frames


def closed_form(x0: Fraction, lr: Fraction, steps: int) -> list[Fraction]:
    return [x0 * (1 - 2 * lr) ** k for k in range(1, steps + 1)]


def assert_descent_lines(where, lines, expected, rel_tol=1e-12):
    """`Updated x: <repr>` lines, one per step, matching the closed form."""
    assert len(lines) == len(expected), (
        f"{where}: expected {len(expected)} lines, got {len(lines)}: {lines}"
    )
    for k, (line, want) in enumerate(zip(lines, expected, strict=True), start=1):
        label, _, number = line.partition(": ")
        assert label == "Updated x", f"{where}: line {k} is {line!r}"
        got = float(number)
        assert repr(got) == number, (
            f"{where}: step {k} {number!r} is not how Python prints it"
        )
        assert math.isclose(got, want, rel_tol=rel_tol), (
            f"{where}: step {k}: expected x_{k} = {float(want)!r}, got {number}"
        )


def test_seed_descent_prints_all_ten_true_steps(lesson):
    lines = lesson.shown("seed-descent").splitlines()
    expected = closed_form(Fraction(10), Fraction(1, 10), 10)
    assert_descent_lines(lesson.where("seed-descent"), lines, expected, rel_tol=1e-14)


@pytest.mark.parametrize(
    ("block_id", "learning_rate"),
    [
        ("lr-too-small", Fraction(1, 100)),
        ("lr-oscillating", Fraction(9, 10)),
        ("lr-divergent", Fraction(11, 10)),
    ],
)
def test_learning_rate_demos_follow_the_closed_form(lesson, block_id, learning_rate):
    lines = lesson.shown(block_id).splitlines()
    expected = closed_form(Fraction(10), learning_rate, 10)
    assert_descent_lines(lesson.where(block_id), lines, expected)


def test_learning_rate_demos_behave_as_the_page_says(lesson):
    def values(block_id):
        lines = lesson.shown(block_id).splitlines()
        return lesson.where(block_id), [
            float(line.partition(": ")[2]) for line in lines
        ]

    where, small = values("lr-too-small")
    assert all(0 < b < a for a, b in pairwise([10.0, *small])), (
        f"{where}: expected a slow monotone decrease, got {small}"
    )
    assert small[-1] > 8, f"{where}: expected a crawl, got {small[-1]}"
    where, osc = values("lr-oscillating")
    signs = [x > 0 for x in osc]
    assert signs == [k % 2 == 0 for k in range(1, 11)], (
        f"{where}: expected alternating signs starting negative, got {osc}"
    )
    assert all(abs(b) < abs(a) for a, b in pairwise(osc)), (
        f"{where}: expected |x| to shrink, got {osc}"
    )
    where, div = values("lr-divergent")
    assert all(abs(b) > abs(a) for a, b in pairwise([10.0, *div])), (
        f"{where}: expected |x| to grow every step, got {div}"
    )


def test_closed_form_listing_shows_iterates_next_to_exact_values(lesson):
    where = lesson.where("closed-form")
    rows = lesson.shown("closed-form").splitlines()[1:]
    expected = closed_form(Fraction(10), Fraction(1, 10), 10)
    assert len(rows) == len(expected), f"{where}: expected 10 rows, got {rows}"
    for row, want in zip(rows, expected, strict=True):
        k, iterate, closed = row.split()
        assert repr(float(iterate)) == iterate, f"{where}: {iterate!r} not repr"
        assert math.isclose(float(iterate), want, rel_tol=1e-14), (
            f"{where}: k={k}: expected {float(want)!r}, got {iterate}"
        )
        assert float(closed) == float(want), (
            f"{where}: k={k}: closed form should be the nearest double "
            f"{float(want)!r}, got {closed}"
        )


def test_float_tails_shows_exact_binary_values(lesson):
    where, text = lesson.where("float-tails"), lesson.shown("float-tails")
    shown = dict(
        (key.strip(), value.strip())
        for key, _, value in (line.partition(":") for line in text.splitlines())
    )
    # The double nearest to 1/10: 53 significant bits, scaled by 2^-56.
    mantissa = round(Fraction(1, 10) * 2**56)
    assert 2**52 <= mantissa < 2**53
    stored = Fraction(Decimal(shown["0.1 is stored as"]))
    assert stored == Fraction(mantissa, 2**56), (
        f"{where}: expected 0.1 stored as {Decimal(mantissa) / 2**56}, "
        f"got {shown['0.1 is stored as']}"
    )
    exact = 10 * Fraction(4, 5) ** 7
    assert Fraction(Decimal(shown["exact answer"])) == exact, (
        f"{where}: expected exact answer {float(exact)}, got {shown['exact answer']}"
    )
    nearest = Fraction(Decimal(shown["nearest double"]))
    x = Fraction(Decimal(shown["x after 7 steps"]))
    ulp = Fraction(math.ulp(float(exact)))
    assert abs(nearest - exact) <= ulp / 2, (
        f"{where}: 'nearest double' is not within half an ulp of {exact}"
    )
    counted = re.search(r"x - nearest = (-?\d+) ulp", text)
    assert counted, f"{where}: no 'x - nearest = … ulp' line"
    assert Fraction(int(counted.group(1))) * ulp == x - nearest, (
        f"{where}: expected {(x - nearest) / ulp} ulp, got {counted.group(1)}"
    )
    assert abs(x - exact) <= 4 * ulp, (
        f"{where}: x after 7 steps should be within a few ulps of {exact}, "
        f"got {shown['x after 7 steps']}"
    )
    assert shown["repr of x"] == repr(float(x)), (
        f"{where}: expected repr {float(x)!r}, got {shown['repr of x']}"
    )


def test_figures_are_described(lesson):
    for block_id in ("descent-figure", "rates-figure"):
        lesson.assert_figure_described(block_id)


# ── The learning-rate lab ────────────────────────────────────────────────────
# The lab (snippets/gradient_descent/lab.py) ships, for every learning rate on
# its slider and every start, the ten values the descent loop printed. For
# f(x) = x², x_k = x₀(1 − 2η)^k; the oracle evaluates that in exact rational
# arithmetic, with η the decimal the slider shows.


def lab(lesson) -> tuple[str, dict, str]:
    where, shown = lesson.where("learning-rate-lab"), lesson.shown("learning-rate-lab")
    return where, lab_frames(shown, where), shown


def test_lab_offers_the_slider_range_and_starts(lesson):
    where, frames, _ = lab(lesson)
    rates = [Fraction(str(rate)) for rate in frames["rates"]]
    assert rates == [Fraction(k, 100) for k in range(1, 106)], f"{where}: {rates}"
    assert len(frames["starts"]) >= 2, f"{where}: only {frames['starts']}"


def test_every_lab_run_follows_the_closed_form(lesson):
    where, frames, _ = lab(lesson)
    for x0, runs in zip(frames["starts"], frames["runs"], strict=True):
        for rate, run in zip(frames["rates"], runs, strict=True):
            printed = run.split(" ")
            eta, start = Fraction(str(rate)), Fraction(str(x0))
            assert len(printed) == 10, f"{where}: η={rate}, x0={x0}: {printed}"
            for k, text in enumerate(printed, start=1):
                want = start * (1 - 2 * eta) ** k
                got = float(text)
                assert repr(got) == text, f"{where}: {text!r} is not a Python float"
                # Each float step rounds; near η = 0.5 the factor 1 − 2η cancels.
                assert math.isclose(
                    got, want, rel_tol=1e-9, abs_tol=1e-12 * abs(start)
                ), (
                    f"{where}: η={rate}, x0={x0}, step {k}: "
                    f"expected {float(want)!r}, got {text}"
                )


def test_lab_first_shows_the_lessons_setting(lesson):
    where, _, shown = lab(lesson)
    code = re.search(r'class="lr-lab__printed"><code>(.*?)</code>', shown, re.S)
    lines = code.group(1).splitlines()
    expected = [Fraction(10) * Fraction(8, 10) ** k for k in range(1, 11)]
    assert len(lines) == 10, f"{where}: {lines}"
    for line, want in zip(lines, expected, strict=True):
        label, _, number = line.partition(": ")
        assert label == "Updated x", f"{where}: {line!r}"
        assert math.isclose(float(number), want, rel_tol=1e-14), (
            f"{where}: expected {float(want)!r}, got {number}"
        )


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(["f′(x) = 2x at x = 10"])


def test_the_exercise_descend_lands_where_the_closed_form_says(lesson):
    where = lesson.where("exercise-descend")
    printed = dict(
        re.findall(r"descend\((.*?)\) *= (\S+)", lesson.printed("exercise-descend"))
    )
    assert set(printed) == {"10, 0.1, 10", "10, 0.5, 1"}, f"{where}: {printed}"
    # x_k = x₀(1 − 2η)^k in exact arithmetic; the loop's float rounding is tiny.
    want = Fraction(10) * (1 - 2 * Fraction(1, 10)) ** 10
    assert math.isclose(float(printed["10, 0.1, 10"]), want, rel_tol=1e-14), where
    assert float(printed["10, 0.5, 1"]) == 0, f"{where}: η = 1/2 lands on 0 in one step"
