"""The chain-rule page and its Value engine, against hand-worked derivatives and
finite differences computed here (never against the engine itself).
"""

from __future__ import annotations

import math
import random
import re

import pytest

from listings import ROOT, find, shown_on_page
from page_widgets import (
    answer_boxes,
    assert_answer_box,
    assert_every_check_shown,
    page_html,
)

PAGE = "deeper/chain-rule-and-backpropagation.md"
ENGINE = ROOT / "snippets" / "chain_rule_and_backpropagation" / "value.py"
NUMBER = r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?"


def listing(block_id: str):
    return find(PAGE, block_id)


def shown(site, block_id: str) -> str:
    return shown_on_page(site, listing(block_id))


def last_number(line: str) -> float:
    return float(re.findall(NUMBER, line)[-1])


def central_difference(f, args, i, h=1e-6):
    up, down = list(args), list(args)
    up[i] += h
    down[i] -= h
    return (f(*up) - f(*down)) / (2 * h)


def test_chain_rule_listing_prints_sin_x_squared_and_its_derivative(site):
    lines = shown(site, "chain-rule-sin").splitlines()
    x = 1.5
    assert last_number(lines[0]) == pytest.approx(math.sin(x**2), abs=5e-7)
    assert last_number(lines[1]) == pytest.approx(math.cos(x**2) * 2 * x, abs=5e-7), (
        f"{listing('chain-rule-sin').where}: expected cos(x²)·2x, got {lines[1]!r}"
    )


def test_engine_demo_prints_hand_derivatives(site):
    a, b = 2.0, -3.0  # c = a·b + 1: ∂c/∂a = b, ∂c/∂b = a
    got = [float(n) for n in re.findall(NUMBER, shown(site, "value-engine"))[-3:]]
    assert got == [a * b + 1, b, a], listing("value-engine").where


def expression_oracle(a, b, c):
    d = a * b + c
    return d**2, [2 * d * b, 2 * d * a, 2 * d]


def test_expression_gradients_match_the_hand_formulas(site):
    value, hand = expression_oracle(2.0, -3.0, 10.0)
    lines = shown(site, "expression-gradients").splitlines()
    assert last_number(lines[0]) == value
    got = [float(n) for n in re.findall(r"= (" + NUMBER + ")", lines[1])]
    assert got == hand, (
        f"{listing('expression-gradients').where}: expected {hand}, got {got}"
    )
    for line, want in zip(
        shown(site, "expression-by-hand").splitlines(), hand, strict=True
    ):
        assert [float(n) for n in re.findall(NUMBER, line.split(":", 1)[1])] == [
            want,
            want,
        ], line


def test_graph_figure_shows_forward_values_and_gradients(site):
    html = page_html(site, PAGE)
    block = html[html.index('<div class="listing" id="expression-graph"') :]
    svg = block[block.index("<svg") : block.index("</svg>")]
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    value, (da, db, dc) = expression_oracle(2.0, -3.0, 10.0)
    d = 2.0 * -3.0 + 10.0
    for node, data, grad in [
        ("a", 2, da),
        ("b", -3, db),
        ("c", 10, dc),
        ("(*)", -6, 2 * d),  # ∂L/∂(ab) = ∂L/∂d = 2d
        ("(+)", d, 2 * d),
        ("L = d**2", value, 1),
    ]:
        i = labels.index(node)
        assert labels[i + 1 : i + 3] == [f"data {data:.4g}", f"grad {grad:.4g}"], node


def neuron_oracle(w1, w2, bias, x1=2.0, x2=-1.0, y=1.0):
    def loss(w1, w2, bias):
        return (math.tanh(w1 * x1 + w2 * x2 + bias) - y) ** 2

    o = math.tanh(w1 * x1 + w2 * x2 + bias)
    dz = 2 * (o - y) * (1 - o**2)
    return loss, loss(w1, w2, bias), [dz * x1, dz * x2, dz]


def test_neuron_gradients_match_hand_formulas_and_finite_differences(site):
    params = (0.3, 0.8, 0.1)
    loss, value, hand = neuron_oracle(*params)
    where = listing("neuron-gradients").where
    lines = shown(site, "neuron-gradients").splitlines()
    assert last_number(lines[0]) == pytest.approx(value, abs=5e-7), where
    for i, (line, want) in enumerate(zip(lines[1:], hand, strict=True)):
        got = last_number(line)
        assert got == pytest.approx(want, abs=5e-7), (
            f"{where}: {line!r}, expected {want}"
        )
        numeric = central_difference(loss, params, i)
        assert got == pytest.approx(numeric, abs=1e-6), (
            f"{where}: {line!r} vs {numeric}"
        )
    for line, want in zip(
        shown(site, "neuron-by-hand").splitlines(), hand, strict=True
    ):
        got = [float(n) for n in re.findall(NUMBER, line.split(":", 1)[1])]
        assert got == pytest.approx([want, want], abs=5e-7), line


def test_exercise_answers_and_boxes(site):
    assert [last_number(line) for line in shown(site, "ex1-solution").splitlines()] == [
        6 * (3 * 2 + 1)
    ] * 2
    reuse = re.findall("= (" + NUMBER + ")", shown(site, "ex2-solution"))
    assert [float(n) for n in reuse] == [3 * 3 + 3, 2 * 3 + 1, 2 * 3 + 1]

    s = 1 / (1 + math.exp(-0.5))
    sigmoid_slope = s * (1 - s)
    ex3 = shown(site, "ex3-solution").splitlines()
    assert last_number(ex3[0]) == pytest.approx(s, abs=5e-7)
    engine, by_hand = (float(n) for n in re.findall("= (" + NUMBER + ")", ex3[1]))
    assert engine == pytest.approx(sigmoid_slope, abs=5e-7)
    assert by_hand == pytest.approx(sigmoid_slope, abs=5e-7)

    boxes = answer_boxes(site, PAGE)
    assert set(boxes) == {f"chain-rule-and-backpropagation-ex{n}" for n in (1, 2, 3)}
    for name, oracle in [
        ("chain-rule-and-backpropagation-ex1", 6 * (3 * 2 + 1)),
        ("chain-rule-and-backpropagation-ex2", 2 * 3 + 1),
        ("chain-rule-and-backpropagation-ex3", sigmoid_slope),
    ]:
        assert_answer_box(boxes[name], oracle, 1e-3 * abs(oracle))


def test_every_derivative_on_the_page_is_verified(site):
    assert_every_check_shown(site, PAGE)


# ── The engine itself, on expressions the page does not use ──────────────────


@pytest.fixture(scope="module")
def Value():
    namespace = {"print": lambda *args, **kwargs: None}
    exec(compile(ENGINE.read_text(encoding="utf-8"), str(ENGINE), "exec"), namespace)
    return namespace["Value"]


def mixed(x, y, z, tanh, exp):
    """Every operation of the engine: + − · / ** tanh exp, reversed operands, reuse."""
    return (tanh(x * y + x**3) / (1 + exp(-y)) - 2 * x) * z + 3 / (z * z + 1) - x


def test_engine_matches_finite_differences_on_random_points(Value):
    rng = random.Random(20251126)
    for _ in range(25):
        point = [rng.uniform(-1.5, 1.5) for _ in range(3)]
        inputs = [Value(v) for v in point]
        out = mixed(*inputs, tanh=lambda v: v.tanh(), exp=lambda v: v.exp())
        out.backward()

        def plain(*args):
            return mixed(*args, tanh=math.tanh, exp=math.exp)

        assert out.data == pytest.approx(plain(*point), rel=1e-12)
        for i, node in enumerate(inputs):
            numeric = central_difference(plain, point, i)
            assert node.grad == pytest.approx(numeric, rel=1e-6, abs=1e-8), (
                f"{ENGINE}: ∂/∂input{i} at {point}: engine {node.grad}, "
                f"finite differences {numeric}"
            )


def test_engine_adds_up_gradients_of_a_reused_value(Value):
    x = Value(3.0)
    out = x * x * x + x * x + x  # d/dx = 3x² + 2x + 1
    out.backward()
    assert x.grad == 3 * 9 + 2 * 3 + 1


def test_engine_rejects_an_input_that_is_not_a_number(Value):
    with pytest.raises(ValueError):
        Value("one")


def test_gradients_accumulate_until_zeroed(site):
    """A second backward pass at the same weights doubles the hand-derived
    gradients; after zero_grad one pass gives them exactly again."""
    _, _, hand = neuron_oracle(0.3, 0.8, 0.1)
    where = listing("zero-grad").where
    lines = shown(site, "zero-grad").splitlines()
    assert len(lines) == 4, f"{where}: {lines}"
    rows = {
        line[:26].strip(): [float(n) for n in re.findall(NUMBER, line[26:])]
        for line in lines[1:]
    }
    for label, factor in [
        ("one backward pass", 1),
        ("a second one, not zeroed", 2),
        ("zeroed, then one more", 1),
    ]:
        assert rows[label] == pytest.approx([factor * g for g in hand], abs=5e-7), (
            f"{where}: {label}: {rows[label]}"
        )
