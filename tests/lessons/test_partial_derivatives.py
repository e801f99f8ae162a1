"""The partial-derivatives page against the mathematics.

For f(x, y) = x² + 10y² the gradient is (2x, 20y), so one descent step is linear:
x ← (1 − 2η)·x and y ← (1 − 20η)·y, hence x_k = x₀(1 − 2η)^k, y_k = y₀(1 − 20η)^k.
The oracles below compute those closed forms in exact rational arithmetic
(`Fraction`); the page prints floats rounded to 5 decimals.
"""

from __future__ import annotations

import itertools
import math
import re
from fractions import Fraction

import numpy as np
import pytest

from oracles import NUMBER, design, numbers, scaled_data
from page_widgets import assert_answer_box

ROUNDING = 0.5e-5 + 1e-12  # printed with 5 decimals


def f_exact(x: Fraction, y: Fraction) -> Fraction:
    return x**2 + 10 * y**2


def test_gradient_listing_prints_the_hand_derived_gradient(lesson):
    where = lesson.where("valley-gradient")
    lines = lesson.shown("valley-gradient").splitlines()
    x, y = 3, 1
    assert numbers(lines[0]) == [x, y, x**2 + 10 * y**2], where
    assert numbers(lines[1]) == [x, y, 2 * x, 20 * y], (
        f"{where}: expected ∇f(3, 1) = (6, 20), got {lines[1]!r}"
    )


def descent_oracle(x0, y0, lr: Fraction, steps: int, curvature_y: int = 20):
    return [
        (x0 * (1 - 2 * lr) ** k, y0 * (1 - curvature_y * lr) ** k)
        for k in range(steps + 1)
    ]


def test_zigzag_iterates_match_the_closed_form(lesson):
    where = lesson.where("valley-zigzag")
    lines = lesson.shown("valley-zigzag").splitlines()
    expected = descent_oracle(Fraction(10), Fraction(1), Fraction(9, 100), 10)
    assert len(lines) == len(expected), f"{where}: {lines}"
    for k, (line, (x, y)) in enumerate(zip(lines, expected, strict=True)):
        step, got_x, got_y, got_f = numbers(line)
        assert step == k, f"{where}: line {line!r}"
        for name, got, want in (
            ("x", got_x, x),
            ("y", got_y, y),
            ("f", got_f, f_exact(x, y)),
        ):
            assert abs(got - want) <= ROUNDING, (
                f"{where}: step {k}: expected {name} = {float(want):.7f}, got {got}"
            )
    # The zig-zag: y changes sign on every step, x never does.
    signs = [math.copysign(1, numbers(line)[2]) for line in lines]
    assert all(a != b for a, b in itertools.pairwise(signs)), where


def test_round_bowl_goes_straight(lesson):
    where = lesson.where("round-bowl")
    lines = lesson.shown("round-bowl").splitlines()
    assert len(lines) == 11, where
    for k, line in enumerate(lines):
        step, x, v, ratio = numbers(line)
        half_k = Fraction(1, 2) ** k  # factor 1 − 2η with η = 1/4
        assert step == k
        assert abs(x - float(10 * half_k)) <= ROUNDING, f"{where}: {line!r}"
        assert abs(v - math.sqrt(10) * float(half_k)) <= ROUNDING, (
            f"{where}: expected v = √10·2^-{k}, got {line!r}"
        )
        assert abs(ratio - 1 / math.sqrt(10)) <= ROUNDING, where


def first_step_below(values, target=Fraction(1, 10**6)) -> int:
    return next(k for k, value in enumerate(values) if value < target)


def test_steps_needed_match_the_closed_form(lesson):
    where = lesson.where("steps-needed")
    lines = lesson.shown("steps-needed").splitlines()[1:]
    valley = [f_exact(x, y) for x, y in descent_oracle(10, 1, Fraction(9, 100), 200)]

    def bowl(lr: Fraction) -> list[Fraction]:
        # g = x² + v² with x₀ = 10, v₀² = 10: g_k = 110·(1 − 2η)^(2k)
        return [110 * (1 - 2 * lr) ** (2 * k) for k in range(200)]

    expected = [
        first_step_below(valley),
        first_step_below(bowl(Fraction(1, 4))),
        first_step_below(bowl(Fraction(1, 2))),
    ]
    got = [int(numbers(line)[-1]) for line in lines]
    assert got == expected, f"{where}: expected {expected}, got {got}"


def test_figures_are_described_for_screen_readers(lesson):
    for block_id in ("valley-zigzag-figure", "round-bowl-figure"):
        lesson.assert_figure_described(block_id)


def test_exercise_answers_and_boxes(lesson):
    ex1 = lesson.shown("ex1-solution")
    gx, gy = 2 * -2, 20 * 0.5
    assert numbers(ex1.splitlines()[1])[-1] == pytest.approx(
        math.hypot(gx, gy), abs=5e-5
    )

    y20 = (1 - 20 * Fraction(11, 100)) ** 20
    ex2_last = numbers(lesson.shown("ex2-solution").splitlines()[-1])
    assert ex2_last[0] == 20
    assert ex2_last[1] == pytest.approx(
        float(10 * Fraction(78, 100) ** 20), abs=ROUNDING
    )
    assert ex2_last[2] == pytest.approx(float(y20), abs=0.5e-4)

    def phi(x, y):
        return 4 * x**2 + y**2

    phi_path = [
        phi(Fraction(1, 5) ** k, Fraction(4, 5) ** k) for k in range(100)
    ]  # factors 1 − 8η and 1 − 2η
    steps = first_step_below(phi_path)
    assert f"after {steps} steps" in lesson.shown("ex3-solution")

    boxes = lesson.answer_boxes()
    assert set(boxes) == {f"partial-derivatives-ex{n}" for n in (1, 2, 3)}
    length = math.hypot(gx, gy)
    assert_answer_box(boxes["partial-derivatives-ex1"], length, 1e-3 * length)
    assert_answer_box(boxes["partial-derivatives-ex2"], float(y20), 1e-3 * float(y20))
    assert_answer_box(boxes["partial-derivatives-ex3"], steps, 0.5)


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_every_check_shown()


def descent_function(lesson):
    """gradient_descent and gradient as the page defines them."""
    names = lesson.definitions("valley-gradient", "valley-zigzag")
    return names["gradient_descent"], names["gradient"]


@pytest.mark.parametrize("bad", [math.nan, math.inf, -math.inf, 0.0, -0.1])
def test_descent_rejects_a_bad_learning_rate(lesson, bad):
    gradient_descent, gradient = descent_function(lesson)
    with pytest.raises(ValueError, match="learning rate must be finite"):
        gradient_descent(gradient, [1.0, 1.0], learning_rate=bad, steps=3)


def test_descent_rejects_a_gradient_of_the_wrong_shape(lesson):
    gradient_descent, _ = descent_function(lesson)
    with pytest.raises(ValueError, match=r"gradient shape \(3,\) != shape \(2,\)"):
        gradient_descent(lambda p: np.zeros(3), [1.0, 1.0], learning_rate=0.1, steps=1)


# ── Directional derivatives, the Hessian and the condition number ────────────


def test_directional_derivative_peaks_along_the_gradient(lesson):
    """D_u f = ∇f·u; over whole degrees its maximum is at the degree nearest
    the gradient's direction, and along ∇f/‖∇f‖ it is ‖∇f‖ (Cauchy–Schwarz)."""
    where = lesson.where("directional-derivative")
    lines = lesson.shown("directional-derivative").splitlines()
    gx, gy = 6, 20  # ∇f(3, 1) = (2·3, 20·1)
    length = math.hypot(gx, gy)
    # f is quadratic, so the central difference along u is exact up to rounding.
    assert numbers(lines[0])[-1] <= 1e-6, f"{where}: {lines[0]!r}"
    slope = {
        deg: gx * math.cos(math.radians(deg)) + gy * math.sin(math.radians(deg))
        for deg in range(360)
    }
    up, down = max(slope, key=slope.get), min(slope, key=slope.get)
    assert numbers(lines[1]) == pytest.approx([up, slope[up]], abs=0.5e-4), where
    assert numbers(lines[2]) == pytest.approx([down, slope[down]], abs=0.5e-4), where
    assert slope[up] < length  # a whole degree misses the gradient's direction
    assert numbers(lines[3]) == pytest.approx(
        [math.degrees(math.atan2(gy, gx))], abs=0.5e-2
    ), where
    assert numbers(lines[4]) == pytest.approx([length, length], abs=0.5e-4), where


def test_hessian_and_condition_number_of_the_valley(lesson):
    shown = lesson.shown("valley-hessian").splitlines()
    # ∂²(x² + 10y²): 2 and 20 on the diagonal, 0 off it; κ = 20/2.
    assert numbers(shown[0]) == [2, 20], shown
    assert numbers(shown[1])[-1] == Fraction(20, 2), shown


def kappa_from_singular_values(features) -> float:
    """κ of (2/n)X̃ᵀX̃ is (σ_max/σ_min)² for the singular values σ of X̃ = [features, 1]."""
    X_tilde = design(features)
    sigma = np.linalg.svd(X_tilde, compute_uv=False)
    return float((sigma[0] / sigma[-1]) ** 2)


def test_condition_number_raw_scaled_and_standardised(lesson):
    where, shown = lesson.where("conditioning"), lesson.shown("conditioning")
    X, _ = scaled_data()  # the features of docs/lessons/troubleshooting.md
    mean, std = X.mean(axis=0), X.std(axis=0)
    expected = {
        "raw": kappa_from_singular_values(X),
        "centred only": kappa_from_singular_values(X - mean),
        "scaled only": kappa_from_singular_values(X / std),
        "standardised": kappa_from_singular_values((X - mean) / std),
    }
    printed = dict(re.findall(rf"^\s*([a-z ]+): κ = ({NUMBER})$", shown, re.M))
    assert list(printed) == list(expected), f"{where}: {shown!r}"
    for name, want in expected.items():
        got = float(printed[name])
        assert got == pytest.approx(want, rel=5e-3), f"{where}: {name}: {got} vs {want}"
    # Standardised: H = 2·diag(corr, 1), eigenvalues 2(1 ± r) and 2, so κ = (1+|r|)/(1−|r|).
    r = abs(np.corrcoef(X.T)[0, 1])
    assert float(printed["standardised"]) == pytest.approx((1 + r) / (1 - r), rel=5e-3)
    # What the prose says: centring matters, and scaling does too.
    assert float(printed["scaled only"]) > 10 * float(printed["standardised"])
    assert float(printed["centred only"]) > 10 * float(printed["standardised"])
