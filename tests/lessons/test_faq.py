"""The FAQ's demonstrations, against the mathematics."""

from __future__ import annotations

import math
import re
from fractions import Fraction

import numpy as np

from oracles import assert_close, derivative, numbers


def test_nudge_prediction_and_actual_change(lesson):
    where = lesson.where("faq-nudge")
    lines = lesson.shown("faq-nudge").splitlines()
    w, dw = Fraction(1), Fraction(1, 100)

    def loss(v):
        return (2 * v - 6) ** 2

    slope = derivative(loss, w, dw / 1000)
    want = [slope, slope * dw, loss(w + dw) - loss(w)]
    got = [numbers(line)[-1] for line in lines]
    assert len(got) == 3, f"{where}: expected 3 lines, got {lines}"
    for value, expected in zip(got, want, strict=True):
        assert math.isclose(value, expected, abs_tol=5e-5), (
            f"{where}: expected {float(expected)}, got {value}"
        )


def test_direction_steps_point_to_the_minimum(lesson):
    where = lesson.where("faq-direction")
    for line in lesson.shown("faq-direction").splitlines():
        x, slope, step, new = numbers(line)
        assert slope == 2 * x, f"{where}: expected slope {2 * x}, got {slope}"
        assert math.isclose(step, -0.1 * 2 * x), f"{where}: step {step}"
        assert abs(new) < abs(x) and (new > 0) == (x > 0), (
            f"{where}: expected a step towards 0 from {x}, got {new}"
        )


def test_overshoot_sequences_follow_the_closed_form(lesson):
    where = lesson.where("faq-overshoot")
    lines = lesson.shown("faq-overshoot").splitlines()
    pattern = re.compile(r"learning rate (\S+), step (\d+): x = (\S+)")
    seen = {}
    for line in lines:
        found = pattern.fullmatch(line)
        assert found, f"{where}: unexpected line {line!r}"
        rate, k, x = Fraction(found.group(1)), int(found.group(2)), found.group(3)
        want = 10 * (1 - 2 * rate) ** k
        assert repr(float(x)) == x, f"{where}: {x!r} is not repr"
        assert math.isclose(float(x), want, rel_tol=1e-12), (
            f"{where}: η={rate}, k={k}: expected {float(want)!r}, got {x}"
        )
        seen.setdefault(rate, []).append(k)
    assert seen == {
        Fraction("0.1"): [1, 2, 3, 4, 5],
        Fraction("0.95"): [1, 2, 3, 4, 5],
    }, f"{where}: expected five steps for each learning rate, got {seen}"


def test_clip_by_norm_keeps_direction_and_caps_length(lesson):
    where = lesson.where("faq-clip-by-norm")
    before, after = lesson.shown("faq-clip-by-norm").splitlines()
    g = numbers(before)
    c = numbers(after)
    assert g[:2] == [30.0, -40.0] and g[2] == 50.0, f"{where}: got {before!r}"
    # Oracle: the vector of length 5 in the direction of (30, -40) is (3, -4).
    assert c == [3.0, -4.0, 5.0], (
        f"{where}: expected [3.0, -4.0] with norm 5.0, got {after!r}"
    )


def test_clipped_descent_follows_the_update_rules(lesson):
    where = lesson.where("faq-clipped-descent")
    lines = lesson.shown("faq-clipped-descent").splitlines()
    assert len(lines) == 4, f"{where}: expected 4 lines, got {lines}"
    plain = clipped = Fraction(3)
    rate = Fraction(1, 10)
    for line in lines:
        found = re.fullmatch(r"step (\d+):\s+plain w = (\S+)\s+clipped w = (\S+)", line)
        assert found, f"{where}: unexpected line {line!r}"
        plain = plain - rate * 4 * plain**3
        g = 4 * clipped**3
        clipped = clipped - rate * (g if abs(g) <= 1 else g / abs(g))
        for text, want in [(found.group(2), plain), (found.group(3), clipped)]:
            assert math.isclose(float(text), want, rel_tol=1e-12), (
                f"{where}: step {found.group(1)}: expected {float(want)!r}, got {text}"
            )
    assert abs(float(found.group(2))) > 1e6 and float(found.group(3)) < 3, (
        f"{where}: expected the plain run to blow up and the clipped one to shrink"
    )


def test_clipping_figure_is_described(lesson):
    lesson.assert_figure_described("faq-clipping-figure")


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "L′(w) = 4(2w − 6) at w = 1",
            "f′(x) = 2x at x = 3",
            "f′(w) = 4w³ at w = 3",
        ],
    )


def test_the_exercise_clip_keeps_the_direction_and_caps_the_length(lesson):
    where = lesson.where("faq-exercise-clip")
    lines = lesson.printed("faq-exercise-clip").splitlines()
    assert len(lines) == 2, f"{where}: {lines}"
    for line, (gradient, cap) in zip(
        lines, [([30, -40], 5), ([0.3, 0.4], 5)], strict=True
    ):
        norm = float(np.linalg.norm(gradient))
        want = np.array(gradient) * min(1, cap / norm)
        assert_close(np.array(numbers(line)), want, 1e-12, "clipped", where)
