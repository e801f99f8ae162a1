"""The chain-rule page and its Value engine, against hand-worked derivatives and
finite differences computed here (never against the engine itself).
"""

from __future__ import annotations

import html
import math
import random
import re

import pytest

from oracles import NUMBER, numbers, partial
from page_widgets import assert_answer_box, graph_nodes


def last_number(line: str) -> float:
    return numbers(line)[-1]


def test_chain_rule_listing_prints_sin_x_squared_and_its_derivative(lesson):
    lines = lesson.shown("chain-rule-sin").splitlines()
    x = 1.5
    assert last_number(lines[0]) == pytest.approx(math.sin(x**2), abs=5e-7)
    assert last_number(lines[1]) == pytest.approx(math.cos(x**2) * 2 * x, abs=5e-7), (
        f"{lesson.where('chain-rule-sin')}: expected cos(x²)·2x, got {lines[1]!r}"
    )


def test_engine_demo_prints_hand_derivatives(lesson):
    a, b = 2.0, -3.0  # c = a·b + 1: ∂c/∂a = b, ∂c/∂b = a
    got = numbers(lesson.shown("value-engine"))[-3:]
    assert got == [a * b + 1, b, a], lesson.where("value-engine")


def expression_oracle(a, b, c):
    d = a * b + c
    return d**2, [2 * d * b, 2 * d * a, 2 * d]


def test_expression_gradients_match_the_hand_formulas(lesson):
    value, hand = expression_oracle(2.0, -3.0, 10.0)
    lines = lesson.shown("expression-gradients").splitlines()
    assert last_number(lines[0]) == value
    got = [float(n) for n in re.findall(r"= (" + NUMBER + ")", lines[1])]
    assert got == hand, (
        f"{lesson.where('expression-gradients')}: expected {hand}, got {got}"
    )
    for line, want in zip(
        lesson.shown("expression-by-hand").splitlines(), hand, strict=True
    ):
        assert numbers(line.split(":", 1)[1]) == [want, want], line


def graph_names_in_the_prose(source: str) -> list[str]:
    """The intermediate names the page's formula gives, e.g. `e = a \\cdot b`,
    written as plain text (`e = a·b`)."""
    line = next(line for line in source.splitlines() if line.startswith("e = a"))
    formulas = [part.strip(" .") for part in line.split(r", \qquad")]
    plain = {r" \cdot ": "·", "^2": "²"}
    for latex, text in plain.items():
        formulas = [formula.replace(latex, text) for formula in formulas]
    return formulas


def test_graph_figure_labels_its_nodes_with_the_names_of_the_prose(lesson):
    """Each box is named as the formulas name it, and shows the forward value
    and the gradient ∂L/∂node worked by hand."""
    figure = lesson.shown("expression-graph")
    svg = figure[figure.index("<svg") : figure.index("</svg>")]
    labels = [html.unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", svg)]
    names = graph_names_in_the_prose(lesson.source)
    assert names == ["e = a·b", "d = e + c", "L = d²"], names
    a, b, c = 2.0, -3.0, 10.0
    e = a * b
    d = e + c
    value, (da, db, dc) = expression_oracle(a, b, c)
    expected = [
        ("a", a, da),
        ("b", b, db),
        ("c", c, dc),
        (names[0], e, 2 * d),  # ∂L/∂e = ∂L/∂d · ∂d/∂e = 2d · 1
        (names[1], d, 2 * d),  # ∂L/∂d = 2d
        (names[2], value, 1),  # ∂L/∂L = 1
    ]
    boxes = [label for label in labels if not label.startswith(("data ", "grad "))]
    assert sorted(boxes) == sorted(name for name, _, _ in expected), (
        f"{lesson.where('expression-graph')}: boxes {boxes}, prose names {names}"
    )
    for node, data, grad in expected:
        i = labels.index(node)
        assert labels[i + 1 : i + 3] == [f"data {data:.4g}", f"grad {grad:.4g}"], node


def test_graph_figure_caption_names_the_nodes_as_the_prose_does(lesson):
    lesson.assert_figure_described("expression-graph")
    figure = lesson.shown("expression-graph")
    caption = html.unescape(re.search(r"<figcaption>(.*?)</figcaption>", figure)[1])
    for name in graph_names_in_the_prose(lesson.source):
        assert name in caption, f"{lesson.where('expression-graph')}: {caption!r}"


def neuron_oracle(w1, w2, bias, x1=2.0, x2=-1.0, y=1.0):
    def loss(w1, w2, bias):
        return (math.tanh(w1 * x1 + w2 * x2 + bias) - y) ** 2

    o = math.tanh(w1 * x1 + w2 * x2 + bias)
    dz = 2 * (o - y) * (1 - o**2)
    return loss, loss(w1, w2, bias), [dz * x1, dz * x2, dz]


def test_neuron_gradients_match_hand_formulas_and_finite_differences(lesson):
    params = (0.3, 0.8, 0.1)
    loss, value, hand = neuron_oracle(*params)
    where = lesson.where("neuron-gradients")
    lines = lesson.shown("neuron-gradients").splitlines()
    assert last_number(lines[0]) == pytest.approx(value, abs=5e-7), where
    for i, (line, want) in enumerate(zip(lines[1:], hand, strict=True)):
        got = last_number(line)
        assert got == pytest.approx(want, abs=5e-7), (
            f"{where}: {line!r}, expected {want}"
        )
        numeric = partial(loss, params, i)
        assert got == pytest.approx(numeric, abs=1e-6), (
            f"{where}: {line!r} vs {numeric}"
        )
    for line, want in zip(
        lesson.shown("neuron-by-hand").splitlines(), hand, strict=True
    ):
        got = numbers(line.split(":", 1)[1])
        assert got == pytest.approx([want, want], abs=5e-7), line


def test_exercise_answers_and_boxes(lesson):
    ex1 = lesson.shown("ex1-solution").splitlines()
    assert [last_number(line) for line in ex1] == [6 * (3 * 2 + 1)] * 2
    reuse = re.findall("= (" + NUMBER + ")", lesson.shown("ex2-solution"))
    assert [float(n) for n in reuse] == [3 * 3 + 3, 2 * 3 + 1, 2 * 3 + 1]

    s = 1 / (1 + math.exp(-0.5))
    sigmoid_slope = s * (1 - s)
    ex3 = lesson.shown("ex3-solution").splitlines()
    assert last_number(ex3[0]) == pytest.approx(s, abs=5e-7)
    engine, by_hand = (float(n) for n in re.findall("= (" + NUMBER + ")", ex3[1]))
    assert engine == pytest.approx(sigmoid_slope, abs=5e-7)
    assert by_hand == pytest.approx(sigmoid_slope, abs=5e-7)

    boxes = lesson.answer_boxes()
    assert set(boxes) == {f"chain-rule-and-backpropagation-ex{n}" for n in (1, 2, 3)}
    for name, oracle in [
        ("chain-rule-and-backpropagation-ex1", 6 * (3 * 2 + 1)),
        ("chain-rule-and-backpropagation-ex2", 2 * 3 + 1),
        ("chain-rule-and-backpropagation-ex3", sigmoid_slope),
    ]:
        assert_answer_box(boxes[name], oracle, 1e-3 * abs(oracle))


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_every_check_shown()


# ── The engine itself, on expressions the page does not use ──────────────────


@pytest.fixture(scope="module")
def Value(lesson):
    return lesson.definitions("value-engine")["Value"]


def mixed(x, y, z, tanh, exp):
    """Every operation of the engine: + − · / ** tanh exp, reversed operands, reuse."""
    return (tanh(x * y + x**3) / (1 + exp(-y)) - 2 * x) * z + 3 / (z * z + 1) - x


def test_engine_matches_finite_differences_on_random_points(lesson, Value):
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
            numeric = partial(plain, point, i)
            assert node.grad == pytest.approx(numeric, rel=1e-6, abs=1e-8), (
                f"{lesson.where('value-engine')}: ∂/∂input{i} at {point}: "
                f"engine {node.grad}, "
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


def test_gradients_accumulate_until_zeroed(lesson):
    """A second backward pass at the same weights doubles the hand-derived
    gradients; after zero_grad one pass gives them exactly again."""
    _, _, hand = neuron_oracle(0.3, 0.8, 0.1)
    where = lesson.where("zero-grad")
    lines = lesson.shown("zero-grad").splitlines()
    assert len(lines) == 4, f"{where}: {lines}"
    rows = {line[:26].strip(): numbers(line[26:]) for line in lines[1:]}
    for label, factor in [
        ("one backward pass", 1),
        ("a second one, not zeroed", 2),
        ("zeroed, then one more", 1),
    ]:
        assert rows[label] == pytest.approx([factor * g for g in hand], abs=5e-7), (
            f"{where}: {label}: {rows[label]}"
        )


# ── The live graph ───────────────────────────────────────────────────────────


def graph_oracle(a, b, c):
    """{node name: (value, ∂L/∂node)} of L = (ab + c)², worked by hand."""
    d = a * b + c
    value, (da, db, dc) = expression_oracle(a, b, c)
    return {
        "a": (a, da),
        "b": (b, db),
        "c": (c, dc),
        "e = a·b": (a * b, 2 * d),  # ∂L/∂e = 2d · ∂d/∂e = 2d · 1
        "d = e + c": (d, 2 * d),
        "L = d²": (value, 1.0),
    }


def test_graph_lab_shows_the_values_and_gradients_worked_by_hand(lesson):
    where = lesson.where("graph-lab")
    shown = lesson.shown("graph-lab")
    nodes = graph_nodes(shown)
    want = graph_oracle(2.0, -3.0, 10.0)
    got = {node.name: (node.value, node.grad) for node in nodes}
    assert got == {name: (f"{v:.4g}", f"{g:.4g}") for name, (v, g) in want.items()}, (
        f"{where}: the graph shows {got}"
    )
    fields = dict(
        re.findall(r'<input type="number"[^>]*value="([^"]*)" data-node="(\d+)"', shown)
    )
    assert {nodes[int(i)].name: float(v) for v, i in fields.items()} == {
        "a": 2.0,
        "b": -3.0,
        "c": 10.0,
    }, f"{where}: the input fields {fields}"
    assert '<div class="graph-lab__controls" hidden>' in shown, (
        f"{where}: controls without JavaScript would be dead"
    )


def run_op(op: str, x: list[float]) -> tuple[float, list[float]]:
    """The value of one printed node and its local derivatives, by hand."""
    if op == "+":
        return x[0] + x[1], [1.0, 1.0]
    if op == "*":
        return x[0] * x[1], [x[1], x[0]]
    n = float(op.removeprefix("**"))
    return x[0] ** n, [n * x[0] ** (n - 1)]


def test_graph_lab_structure_recomputes_the_expression(lesson):
    """What graph-lab.js follows (each node's op and inputs) gives L = (ab + c)²
    and its gradients at a point the page never shows: a backward pass run here
    over the printed structure matches the hand formulas."""
    nodes = graph_nodes(lesson.shown("graph-lab"))
    point = {"a": 0.5, "b": 1.5, "c": -0.25}
    data, slopes = [], []
    for node in nodes:
        if not node.inputs:
            data.append(point[node.name])
            slopes.append([])
            continue
        value, local = run_op(node.op, [data[i] for i in node.inputs])
        data.append(value)
        slopes.append(local)
    grad = [0.0] * len(nodes)
    grad[-1] = 1.0
    for i in reversed(range(len(nodes))):
        for j, slope in zip(nodes[i].inputs, slopes[i], strict=True):
            grad[j] += slope * grad[i]
    want = graph_oracle(*point.values())
    for node, value, slope in zip(nodes, data, grad, strict=True):
        assert (value, slope) == pytest.approx(want[node.name]), node.name
