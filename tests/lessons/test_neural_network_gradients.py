"""Weight updates and the gradient of one neuron, against exact arithmetic."""

from __future__ import annotations

import ast
import math
import re
from fractions import Fraction

from oracles import NUMBER, derivative, partial

WEIGHTS = [Fraction("0.5"), Fraction("-0.5"), Fraction("0.3")]
GRADIENTS = [Fraction("0.1"), Fraction("-0.2"), Fraction("0.05")]
LEARNING_RATE = Fraction("0.01")


def assert_update(where: str, got: list[float]):
    expected = [w - LEARNING_RATE * g for w, g in zip(WEIGHTS, GRADIENTS, strict=True)]
    assert len(got) == 3, f"{where}: expected 3 weights, got {got}"
    for i, (value, want) in enumerate(zip(got, expected, strict=True)):
        assert math.isclose(value, want, rel_tol=1e-15), (
            f"{where}: weight {i}: expected {float(want)!r}, got {value!r}"
        )


def printed_numbers(text: str) -> list[float]:
    """The decimals of a line (not the 2 of '2xy')."""
    return [float(v) for v in re.findall(r"-?\d+\.\d+", text)]


def test_partial_derivatives_hold_the_other_input_fixed(lesson):
    where = lesson.where("partial-derivatives")
    lines = lesson.shown("partial-derivatives").splitlines()
    assert len(lines) == 4, f"{where}: expected 4 lines, got {lines}"
    assert printed_numbers(lines[0]) == [3.0, 2.0], f"{where}: {lines[0]!r}"
    x, y, h = Fraction(3), Fraction(2), Fraction(1, 10**5)

    def f(a, b):
        return a**2 * b

    # The rules by hand: d/dx (x²·y) = 2xy with y a constant; d/dy = x².
    by_hand = [2 * x * y, x**2]
    # Central differences in exact arithmetic, one input moved at a time.
    measured = [partial(f, (x, y), 0, h), partial(f, (x, y), 1, h)]
    for line, rule, slope in zip(lines[1:3], by_hand, measured, strict=True):
        formula, central = printed_numbers(line)
        assert formula == rule, f"{where}: expected {float(rule)}, got {line!r}"
        assert abs(central - slope) <= 5e-7 + 1e-9, (
            f"{where}: expected a central difference {float(slope):.6f}, got {line!r}"
        )
    gradient = ast.literal_eval(lines[3].partition(" = ")[2])
    assert gradient == [float(v) for v in by_hand], f"{where}: {lines[3]!r}"


def test_chain_rule_rates_multiply(lesson):
    where = lesson.where("chain-rule")
    lines = lesson.shown("chain-rule").splitlines()
    assert len(lines) == 5, f"{where}: expected 5 lines, got {lines}"
    w, h = Fraction(2), Fraction(1, 10**5)

    def rate(f, v):  # a central difference in exact arithmetic
        return derivative(f, v, h)

    def inner(v):
        return 3 * v + 1

    def outer(u):
        return u**2

    inner_rate, outer_rate = rate(inner, w), rate(outer, inner(w))
    whole = rate(lambda v: outer(inner(v)), w)
    assert (inner_rate, outer_rate, whole) == (
        3,
        14,
        42,
    )  # 3, 2u at u = 7, their product
    expected = [inner_rate, outer_rate, inner_rate * outer_rate, whole]
    for line, want in zip(lines[:4], expected, strict=True):
        got = float(line.rpartition(" ")[2])
        assert abs(got - want) <= 5e-7 + 1e-8, (
            f"{where}: expected {float(want):.6f}, got {line!r}"
        )
    assert float(lines[4].rpartition(" ")[2]) == 6 * (3 * w + 1), (
        f"{where}: expected the chain rule's 6(3w + 1) = {6 * (3 * w + 1)}, "
        f"got {lines[4]!r}"
    )


def test_seed_weight_update_is_w_minus_lr_times_g(lesson):
    where = lesson.where("seed-weights")
    shown = lesson.shown("seed-weights")
    label, _, values = shown.partition(": ")
    assert label == "Updated weights", f"{where}: got {shown!r}"
    got = ast.literal_eval(values)
    assert all(repr(v) in values for v in got), f"{where}: not repr: {values}"
    assert_update(where, got)


def test_exact_values_are_the_nearest_doubles(lesson):
    where = lesson.where("seed-weights-exact")
    lines = lesson.shown("seed-weights-exact").splitlines()
    expected = [w - LEARNING_RATE * g for w, g in zip(WEIGHTS, GRADIENTS, strict=True)]
    assert len(lines) == 3, f"{where}: expected 3 lines, got {lines}"
    for line, want in zip(lines, expected, strict=True):
        short, _, stored = line.strip().partition(" is stored as ")
        stored = Fraction(stored)
        assert stored == Fraction(float(want)), (
            f"{where}: expected the nearest double to {want}, got {stored}"
        )
        assert Fraction(short) == want, f"{where}: expected {want}, got {short}"


def test_numpy_update_matches_exact_arithmetic(lesson):
    where = lesson.where("numpy-weights")
    lines = lesson.shown("numpy-weights").splitlines()
    assert len(lines) == 2, f"{where}: expected 2 lines, got {lines}"
    array = [float(v) for v in lines[0].partition(": [")[2].rstrip("]").split()]
    assert_update(where, array)
    assert_update(where, ast.literal_eval(lines[1].partition(": ")[2]))


def test_neuron_gradient_and_one_step(lesson):
    x = [Fraction(1), Fraction(2), Fraction(-1)]  # the question's input, target,
    y, b = Fraction(2), Fraction("0.1")  # weights and bias
    prediction = sum(w * xi for w, xi in zip(WEIGHTS, x, strict=True)) + b
    error = prediction - y

    where = lesson.where("neuron-gradient")
    lines = lesson.shown("neuron-gradient").splitlines()
    assert len(lines) == 4, f"{where}: expected 4 lines, got {lines}"
    found = re.fullmatch(r"prediction = (\S+), target = (\S+)", lines[0].strip())
    assert found, f"{where}: unexpected first line {lines[0]!r}"
    shown_loss = lines[1].partition(" = ")[2]
    for got, want in [(found.group(1), prediction), (shown_loss, error**2)]:
        assert math.isclose(float(got), want, abs_tol=5e-5), (
            f"{where}: expected {float(want)}, got {got}"
        )
    grad_w = ast.literal_eval(lines[2].partition(" = ")[2])
    grad_b = float(lines[3].partition(" = ")[2])
    # Finite differences in exact arithmetic (exact for a quadratic loss).
    h = Fraction(1, 1000)

    def loss(ws, bias):
        return (sum(w * xi for w, xi in zip(ws, x, strict=True)) + bias - y) ** 2

    def loss_of(*params):  # w1, w2, w3, b
        return loss(params[:3], params[3])

    for i in range(3):
        want = partial(loss_of, [*WEIGHTS, b], i, h)
        assert math.isclose(grad_w[i], want, rel_tol=1e-12), (
            f"{where}: dL/dw{i + 1}: expected {float(want)!r}, got {grad_w[i]!r}"
        )
    want_b = partial(loss_of, [*WEIGHTS, b], 3, h)
    assert math.isclose(grad_b, want_b, abs_tol=5e-5), (
        f"{where}: dL/db: expected {float(want_b)}, got {grad_b}"
    )

    assert "verified" in lesson.shown("neuron-gradient-check"), (
        f"{lesson.where('neuron-gradient-check')}: not verified"
    )

    where = lesson.where("neuron-update")
    before, after, factor, predicted = (
        float(line.rpartition(" ")[2])
        for line in lesson.shown("neuron-update").splitlines()
    )
    norm2 = sum(xi * xi for xi in x) + 1  # |x|² plus the bias input
    want_factor = 1 - 2 * LEARNING_RATE * norm2
    want_after = error**2 * want_factor**2
    assert math.isclose(factor, want_factor, abs_tol=5e-7), f"{where}: {factor}"
    assert math.isclose(predicted, want_after, abs_tol=5e-7), f"{where}: {predicted}"
    assert math.isclose(before, error**2, abs_tol=5e-7), (
        f"{where}: loss before: expected {float(error**2)}, got {before}"
    )
    assert math.isclose(after, want_after, abs_tol=5e-7), (
        f"{where}: loss after: expected {float(want_after)}, got {after}"
    )
    assert after < before, f"{where}: the loss should go down: {before} → {after}"


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "∇f(x, y) = (2xy, x²) at (3, 2)",
            "L′(w) = 6(3w + 1) at w = 2",
            "∇L of the linear neuron (w₁, w₂, w₃, b)",
        ],
    )


def test_the_exercise_backward_pass_matches_central_differences(lesson):
    where = lesson.where("exercise-backward")
    text = lesson.printed("exercise-backward")
    printed = [float(v) for v in re.findall(rf"= ({NUMBER})", text)]

    def loss(w1, w2, b):  # x1 = 1, x2 = −2, y = 3, as the exercise states
        return (w1 * 1 + w2 * -2 + b - 3) ** 2

    at = (Fraction(1, 2), Fraction(-1, 2), Fraction(1, 10))
    h = Fraction(1, 1000)  # exact for a quadratic
    want = [float(partial(loss, at, i, h)) for i in range(3)]
    assert printed == [round(v, 4) for v in want], f"{where}: {printed} vs {want}"
