"""The forward-and-reverse-mode page, against oracles that do not run the page's code.

- Derivatives: both engines, run in a reader's Python after the page's
  listings at points the page never uses, against symbolic derivatives written
  in this file (2x cos x², (x₂ + 2x₁ cos x₁², x₁), cos(P)·P/x_i for
  P = x₁⋯x_d, (k + 1)t^k, the quotient rule).
- Step counts against their formulas, in one unit for both engines (a step
  computes one number: a dual-number operation is 2, a Value operation 1 and
  its backward step 1): 2d² and 2d for the gradient of sin(x₁⋯x_d); 2m and
  m + m(m + 1)/2 for the derivatives of t², …, t^(m+1), on the page and for
  sizes the page does not print.
- Bad input: jvp and vjp must raise ValueError naming both lengths.
"""

from __future__ import annotations

import json
import math
import re

import pytest

from oracles import NUMBER, numbers, refusals
from page_widgets import assert_answer_box

SIZES = [1, 2, 4, 8, 16, 32, 64]


def grad_f(x1, x2):
    """∇ of f(x1, x2) = x1 x2 + sin(x1²), by the rules."""
    return [x2 + 2 * x1 * math.cos(x1**2), x1]


def grad_sin_of_product(x):
    product = math.prod(x)
    return [math.cos(product) * product / xi for xi in x]


# ── What the page prints ─────────────────────────────────────────────────────


def test_dual_and_value_differentiate_sin_of_square(lesson):
    want = 2 * 1.5 * math.cos(1.5**2)
    for block_id in ("dual", "value"):
        where, text = lesson.where(block_id), lesson.shown(block_id)
        found = re.search(rf"value ({NUMBER}), derivative ({NUMBER})", text)
        assert found, f"{where}: {text}"
        value, slope = map(float, found.groups())
        assert value == pytest.approx(math.sin(1.5**2), abs=5.1e-7), where
        assert slope == pytest.approx(want, abs=5.1e-7), where


def test_both_modes_print_the_gradient(lesson):
    where, text = lesson.where("both-modes"), lesson.shown("both-modes")
    rows = re.findall(rf"∇f = \(({NUMBER}), ({NUMBER})\)", text)
    assert len(rows) == 3, f"{where}: {text}"
    for row in rows:
        assert [float(v) for v in row] == pytest.approx(grad_f(1.5, -0.5), abs=5.1e-7)


def test_jacobian_columns_and_rows(lesson):
    where, text = lesson.where("jacobian-both-ways"), lesson.shown("jacobian-both-ways")
    x1, x2 = 1.5, -0.5
    want = [x2, x1, 2 * x1, 0.0, 0.0, math.cos(x2)]  # (x1 x2, x1², sin x2), by rows
    values = numbers(re.sub(r"J from \d .*\n", "", text))
    assert len(values) == 12, f"{where}: {text}"
    assert values[:6] == pytest.approx(want, abs=5.1e-7), f"{where}: columns"
    assert values[6:] == pytest.approx(want, abs=5.1e-7), f"{where}: rows"


def test_operation_counts_follow_their_formulas(lesson):
    where, text = lesson.where("counting"), lesson.shown("counting")
    rows = [
        tuple(map(int, r))
        for r in re.findall(r"^\s*(\d+)\s+(\d+)\s+(\d+)$", text, re.M)
    ]
    assert len(rows) == 2 * len(SIZES), f"{where}: {text}"
    gradient, derivatives = rows[: len(SIZES)], rows[len(SIZES) :]
    assert gradient == [(d, 2 * d * d, 2 * d) for d in SIZES], f"{where}: {gradient}"
    assert derivatives == [(m, 2 * m, m + m * (m + 1) // 2) for m in SIZES], (
        f"{where}: {derivatives}"
    )


def test_cost_figure(lesson):
    lesson.assert_figure_described("cost-figure")
    lesson.assert_figures_within_budget(figures=1)


# ── Both engines, at points the page never uses ──────────────────────────────

PROBE = """
import json
points = [(-1.2, 0.4), (0.3, 2.0), (2.0, -1.7)]
xs = [1.1, 0.9, -1.3, 1.4, 0.8]
print(json.dumps({
    "sin_square": [
        [(Dual(a, 1.0) * Dual(a, 1.0)).sin().tangent for a, _ in points],
        [(lambda v: ((v * v).sin().backward(), v.grad)[1])(Value(a)) for a, _ in points],
    ],
    "f_forward": [gradient_forward(f, list(p)) for p in points],
    "f_reverse": [gradient_reverse(f, list(p)) for p in points],
    "product_forward": gradient_forward(sin_of_product, xs),
    "product_reverse": gradient_reverse(sin_of_product, xs),
    "powers_forward": [p.tangent for p in powers(Dual(1.3, 1.0), 6)],
    "powers_reverse": [
        (o.backward(), leaf.grad)[1]
        for leaf in [Value(1.3)] for o in powers(leaf, 6)
    ],
    "columns": [jvp(g, [0.7, 2.1], unit(j, 2)) for j in range(2)],
    "rows": [vjp(g, [0.7, 2.1], unit(i, 3)) for i in range(3)],
    "ratio": [ratio(Dual(t, 1.0)).tangent for t in (-2.0, 0.1, 3.0)],
    "counts": [list(count_gradient(d)) for d in (3, 5, 10, 100)],
    "derivative_counts": [list(count_derivatives(m)) for m in (3, 5, 10, 100)],
}))
"""


@pytest.fixture(scope="module")
def probe(lesson):
    return json.loads(lesson.probe("ex-break-even", PROBE))


def test_engines_agree_with_symbolic_derivatives(lesson, probe):
    where = lesson.where("ex-break-even")
    points = [(-1.2, 0.4), (0.3, 2.0), (2.0, -1.7)]
    sin_square = [2 * a * math.cos(a**2) for a, _ in points]
    assert probe["sin_square"][0] == pytest.approx(sin_square, rel=1e-12), where
    assert probe["sin_square"][1] == pytest.approx(sin_square, rel=1e-12), where
    for mode in ("f_forward", "f_reverse"):
        for got, point in zip(probe[mode], points, strict=True):
            assert got == pytest.approx(grad_f(*point), rel=1e-12), f"{where}: {mode}"
    xs = [1.1, 0.9, -1.3, 1.4, 0.8]
    for mode in ("product_forward", "product_reverse"):
        assert probe[mode] == pytest.approx(grad_sin_of_product(xs), rel=1e-12), where
    powers = [(k + 1) * 1.3**k for k in range(1, 7)]  # d/dt t^(k+1)
    for mode in ("powers_forward", "powers_reverse"):
        assert probe[mode] == pytest.approx(powers, rel=1e-12), f"{where}: {mode}"
    x1, x2 = 0.7, 2.1
    jacobian = [[x2, x1], [2 * x1, 0.0], [0.0, math.cos(x2)]]
    assert probe["rows"] == [pytest.approx(r, rel=1e-12) for r in jacobian], where
    columns = [[row[j] for row in jacobian] for j in range(2)]
    assert probe["columns"] == [pytest.approx(c, rel=1e-12) for c in columns], where
    quotient = [(1 - t * t) / (1 + t * t) ** 2 for t in (-2.0, 0.1, 3.0)]
    assert probe["ratio"] == pytest.approx(quotient, rel=1e-12), where


def test_counts_follow_their_formulas_beyond_the_table(lesson, probe):
    where = lesson.where("counting")
    assert probe["counts"] == [[2 * d * d, 2 * d] for d in (3, 5, 10, 100)], where
    assert probe["derivative_counts"] == [
        [2 * m, m + m * (m + 1) // 2] for m in (3, 5, 10, 100)
    ], where


# ── Bad input ────────────────────────────────────────────────────────────────

BAD_CALLS = """
for label, call in [
    ("jvp long", lambda: jvp(g, [1.0, 2.0], [1.0, 0.0, 0.0, 0.0])),
    ("jvp short", lambda: jvp(g, [1.0, 2.0], [1.0])),
    ("vjp long", lambda: vjp(g, [1.0, 2.0], [1.0, 0.0, 0.0, 0.0, 0.0])),
]:
    try:
        call()
        print(label, "no error")
    except ValueError as error:
        print(label, "ValueError", error)
print("good calls:", len(jvp(g, [1.0, 2.0], [1.0, 0.0])), len(vjp(g, [1.0, 2.0], [0, 1, 0])))
"""


def test_jvp_and_vjp_reject_mismatched_lengths(lesson):
    where = lesson.where("jacobian-both-ways")
    lines = lesson.probe("jacobian-both-ways", BAD_CALLS).splitlines()
    assert len(lines) == 4, f"{where}: {lines}"
    assert lines[0].startswith("jvp long ValueError") and "2" in lines[0], where
    assert "v has 4" in lines[0] and "v has 1" in lines[1], f"{where}: {lines}"
    assert lines[2].startswith("vjp long ValueError"), f"{where}: {lines[2]}"
    assert "3 outputs" in lines[2] and "u has 5" in lines[2], f"{where}: {lines[2]}"
    assert lines[3] == "good calls: 3 2", f"{where}: {lines[3]}"


def test_page_shows_the_length_errors(lesson):
    where = lesson.where("bad-input")
    messages = refusals(lesson.shown("bad-input"), where)
    assert len(messages) == 2, f"{where}: {messages}"
    assert "x has 2 entries, v has 3" in messages[0], f"{where}: {messages[0]}"
    assert "g has 3 outputs, u has 2" in messages[1], f"{where}: {messages[1]}"


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercise_outputs(lesson):
    where, text = lesson.where("ex-division"), lesson.shown("ex-division")
    ends = [float(v) for v in re.findall(rf":\s+({NUMBER})$", text, re.M)]
    assert ends == pytest.approx([0.48, 0.48], abs=5.1e-7), (
        f"{where}: {text}"
    )  # (1 - ¼)/(1 + ¼)²
    where, text = lesson.where("ex-directional"), lesson.shown("ex-directional")
    gx1, gx2 = grad_f(1.5, -0.5)
    along = [float(v) for v in re.findall(rf":\s+({NUMBER})$", text, re.M)]
    assert along == pytest.approx([0.6 * gx1 + 0.8 * gx2] * 2, abs=5.1e-7), where
    where, text = lesson.where("ex-break-even"), lesson.shown("ex-break-even")
    rows = re.findall(r"d = (\d): forward\s+(\d+), reverse\s+(\d+) steps: (\w+)", text)
    # 2d² against 2d: a tie at d = 1, reverse mode cheaper from d = 2 on.
    assert rows == [
        (str(d), str(2 * d * d), str(2 * d), "equal" if d == 1 else "reverse")
        for d in range(1, 6)
    ], f"{where}: {text}"
    assert "forward mode first costs more at d = 2\n" in text, where
    # 2d² / 2d = d: 100 times first at d = 100.
    ratios = re.findall(r"d = (\d+): forward (\d+), reverse (\d+), (\S+) times", text)
    assert ratios == [
        (str(d), str(2 * d * d), str(2 * d), f"{d:.1f}") for d in (99, 100)
    ], f"{where}: {text}"


def test_exercise_answer_boxes(lesson):
    boxes = lesson.answer_boxes()
    names = {f"forward-and-reverse-mode-ex{k}" for k in (1, 2, 3)}
    assert set(boxes) == names, sorted(boxes)
    assert_answer_box(boxes["forward-and-reverse-mode-ex1"], 0.48, 0.48e-3)
    gx1, gx2 = grad_f(1.5, -0.5)
    along = 0.6 * gx1 + 0.8 * gx2
    assert_answer_box(boxes["forward-and-reverse-mode-ex2"], along, 1e-3 * abs(along))
    # 2d² / 2d = d ≥ 100 first at d = 100.
    assert_answer_box(boxes["forward-and-reverse-mode-ex3"], 100, 0.5)


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "dual-number derivative of sin(x²) at x = 1.5",
            "forward-mode ∇f at (1.5, −0.5)",
            "reverse-mode ∇f at (1.5, −0.5)",
            "Jacobian of g from 2 forward passes (columns)",
            "Jacobian of g from 3 backward passes (rows)",
            "forward-mode gradient of sin(x₁x₂⋯x₈)",
            "reverse-mode gradient of sin(x₁x₂⋯x₈)",
            "forward-mode derivatives of t², …, t⁶ at t = 0.9",
            "reverse-mode derivatives of t², …, t⁶ at t = 0.9",
            "dual-number derivative of x/(1 + x²) at x = 0.5",
            "one-pass directional derivative along u = (0.6, 0.8)",
        ],
    )
