"""The exercise solutions, against hand-derived answers."""

from __future__ import annotations

import ast
import math
from fractions import Fraction

import pytest

from oracles import derivative
from page_widgets import assert_answer_box


def test_slope_of_the_cubic_at_2(lesson):
    where = lesson.where("exercise-slope")
    exact_line, numeric_line = lesson.shown("exercise-slope").splitlines()
    x = 2
    slope = 9 * x**2 - 4 * x + 1  # d/dx (3x³ − 2x² + x), power rule by hand
    expected = f"The slope of f at x={x} is {slope}"
    assert exact_line == expected, f"{where}: expected {expected!r}, got {exact_line!r}"

    def f(v):
        return 3 * v**3 - 2 * v**2 + v

    # A central difference in exact arithmetic: slope + 3h² (the f''' term, 18·h²/6).
    h = Fraction(1, 10**5)
    assert derivative(f, x, h) == slope + 3 * h**2
    numeric = float(numeric_line.rpartition(": ")[2])
    assert math.isclose(numeric, slope, rel_tol=1e-8), (
        f"{where}: central difference: expected about {slope}, got {numeric!r}"
    )
    shown = lesson.shown("exercise-slope-check")
    assert shown.count("verified") == 3, (
        f"{lesson.where('exercise-slope-check')}: expected 3 verified lines"
    )


def test_descent_on_shifted_parabola_follows_the_closed_form(lesson):
    where = lesson.where("exercise-descent")
    lines = lesson.shown("exercise-descent").splitlines()
    c, x0, rate = Fraction(4), Fraction(0), Fraction(1, 10)
    expected = [c + (x0 - c) * (1 - 2 * rate) ** k for k in range(1, 16)]
    assert len(lines) == len(expected), (
        f"{where}: expected {len(expected)} lines, got {len(lines)}"
    )
    for k, (line, want) in enumerate(zip(lines, expected, strict=True), start=1):
        label, _, number = line.partition(": ")
        assert label == "Updated x", f"{where}: line {k} is {line!r}"
        assert repr(float(number)) == number, f"{where}: {number!r} is not repr"
        assert math.isclose(float(number), want, rel_tol=1e-12), (
            f"{where}: step {k}: expected {float(want)!r}, got {number}"
        )
        assert float(number) < 4, f"{where}: step {k} passed the minimum"


@pytest.mark.parametrize("rate", ["0.001", "0.01", "0.1", "1.0"])
def test_weight_update_under_each_learning_rate(lesson, rate):
    where = lesson.where("exercise-learning-rates")
    rows = {
        Fraction(label.split()[-1]): ast.literal_eval(values)
        for label, _, values in (
            line.partition(": ")
            for line in lesson.shown("exercise-learning-rates").splitlines()
        )
    }
    weights = [Fraction("0.5"), Fraction("-0.5"), Fraction("0.3")]
    gradients = [Fraction("0.1"), Fraction("-0.2"), Fraction("0.05")]
    eta = Fraction(rate)
    assert eta in rows, f"{where}: no line for learning rate {rate}: {rows}"
    expected = [w - eta * g for w, g in zip(weights, gradients, strict=True)]
    for got, want in zip(rows[eta], expected, strict=True):
        assert math.isclose(got, want, rel_tol=1e-15), (
            f"{where}: η={rate}: expected {float(want)!r}, got {got!r}"
        )


def test_answer_boxes_hold_the_hand_derived_answers(lesson):
    boxes = lesson.answer_boxes()
    assert set(boxes) == {"exercises-ex1", "exercises-ex2"}, sorted(boxes)
    x = 2
    slope = 9 * x**2 - 4 * x + 1  # power rule, term by term, at x = 2
    assert_answer_box(boxes["exercises-ex1"], slope, 1e-3 * slope)
    # x_k = 4 + (x0 - 4)(1 - 2η)^k with x0 = 0, η = 1/10, after k = 15 steps
    after_15 = float(4 + (0 - 4) * (1 - 2 * Fraction(1, 10)) ** 15)
    assert_answer_box(boxes["exercises-ex2"], after_15, 1e-3 * after_15)


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "f′(x) = 9x² − 4x + 1 at x = −1",
            "f′(x) = 9x² − 4x + 1 at x = 0.5",
            "f′(x) = 9x² − 4x + 1 at x = 2",
            "f′(x) = 2(x − 4) at x = 1",
        ],
    )
