"""The Jacobians page, against oracles that do not run the page's code.

- The weights, the input and the XOR data are regenerated here from the seeds
  and scales the page states (the question, not its output).
- Every printed Jacobian is compared with central finite differences, column by
  column, of functions written independently (np.tanh, a softmax in Python
  floats), and the softmax Jacobian also with its formula diag(p) − p pᵀ.
- Gradients (of the cross-entropy in x, of the XOR loss in its 33 parameters)
  against finite differences of losses written here.
- Bad input: `linear`, run in a reader's Python after the page's listings,
  must raise ValueError naming the shapes.
"""

from __future__ import annotations

import math
import re

import numpy as np

from oracles import (
    NUMBER,
    assert_close,
    derivative,
    gradient,
    jacobian,
    refusals,
    search,
    softmax,
    xor_data,
    xor_loss,
    xor_start,
)
from page_widgets import assert_answer_box

PRINTED = 5.1e-7  # a matrix entry printed with 6 decimals
PRINTED_4 = 5.1e-5  # a vector entry printed with 4 decimals


def matrix_rows(text: str) -> np.ndarray:
    """The rows printed as '  [ a  b  c ]', in order."""
    rows = re.findall(r"^\s*\[(.*)\]\s*$", text, re.M)
    return np.array([[float(v) for v in row.split()] for row in rows])


def vector_after(label: str, text: str, where: str) -> np.ndarray:
    found = search(rf"{re.escape(label)}\s*\(([^)]*)\)", text, where)
    return np.array([float(v) for v in found[1].split(",")])


def number_after(label: str, text: str, where: str) -> float:
    return float(search(rf"{re.escape(label)}\s*({NUMBER})", text, where)[1])


def layers():
    """W1 (5 x 4), b1, x, W2 (3 x 5), b2, drawn in the page's order."""
    rng = np.random.default_rng(10)
    W1 = rng.normal(scale=0.5, size=(5, 4))
    b1 = rng.normal(scale=0.5, size=5)
    x = rng.normal(size=4)
    W2 = rng.normal(size=(3, 5))
    b2 = rng.normal(scale=0.5, size=3)
    return W1, b1, x, W2, b2


def network(W1, b1, W2, b2):
    return lambda x: softmax(W2 @ np.tanh(W1 @ x + b1) + b2)


Y = np.array([0.0, 1.0, 0.0])


# ── Jacobians ────────────────────────────────────────────────────────────────


def test_first_jacobian_by_hand_and_by_columns(lesson):
    where, text = lesson.where("first-jacobian"), lesson.shown("first-jacobian")
    assert "J has shape (3, 2)" in text, f"{where}: {text}"
    rows = matrix_rows(text)
    assert rows.shape == (6, 2), f"{where}: {rows}"
    x1, x2 = 1.5, -0.5
    by_rules = np.array([[x2, x1], [2 * x1, 0.0], [0.0, math.cos(x2)]])

    def f(x):
        return np.array([x[0] * x[1], x[0] ** 2, np.sin(x[1])])

    numeric = jacobian(f, [x1, x2])
    assert_close(rows[:3], by_rules, PRINTED, "J by hand", where)
    assert_close(rows[3:], numeric, PRINTED, "J by differences", where)


def test_linear_layer_jacobian_is_its_weights(lesson):
    where, text = lesson.where("linear-layer"), lesson.shown("linear-layer")
    assert "W1 has shape (5, 4), the Jacobian by differences (5, 4)" in text, where
    W1, b1, x, *_ = layers()
    numeric = jacobian(lambda v: W1 @ v + b1, x)
    assert_close(numeric, W1, 1e-8, "differences of the linear layer vs W1", where)
    assert 0 <= number_after("largest |Jacobian - W1|:", text, where) < 1e-8, where


def test_tanh_jacobian_is_diagonal(lesson):
    where, text = lesson.where("tanh-layer"), lesson.shown("tanh-layer")
    W1, b1, x, *_ = layers()
    z1 = W1 @ x + b1
    assert_close(
        vector_after("z1 =", text, where), z1, PRINTED_4, "z1 = W1 x + b1", where
    )
    rows = matrix_rows(text)
    assert_close(rows, jacobian(np.tanh, z1), PRINTED, "J_tanh", where)
    assert np.all(rows[~np.eye(5, dtype=bool)] == 0), f"{where}: off-diagonal {rows}"
    # The prose: the smallest diagonal entry belongs to the z1 furthest from 0.
    assert np.argmin(np.diag(rows)) == np.argmax(np.abs(z1)), where


def test_softmax_jacobian_formula_and_differences(lesson):
    where, text = lesson.where("softmax-layer"), lesson.shown("softmax-layer")
    W1, b1, x, W2, b2 = layers()
    z2 = W2 @ np.tanh(W1 @ x + b1) + b2
    s = softmax(z2)
    assert_close(vector_after("z2 =", text, where), z2, PRINTED_4, "z2", where)
    assert_close(vector_after("p =", text, where), s, PRINTED_4, "p", where)
    rows = matrix_rows(text)
    formula = np.diag(s) - np.outer(s, s)
    assert_close(rows, formula, PRINTED, "diag(p) - p pᵀ", where)
    assert_close(rows, jacobian(softmax, z2), PRINTED, "J_softmax", where)
    assert 0 <= number_after("largest |column sum|:", text, where) < 1e-15, where
    assert "symmetric: True" in text, where
    # The prose: a positive diagonal, a negative rest.
    assert np.all(np.diag(rows) > 0), where
    assert np.all(rows[~np.eye(3, dtype=bool)] < 0), where


def test_chain_rule_product_is_the_network_jacobian(lesson):
    where, text = lesson.where("chain"), lesson.shown("chain")
    assert "softmax (3, 3)  W2 (3, 5)  tanh (5, 5)  W1 (5, 4)" in text, where
    assert "product: (3, 4)" in text, where
    W1, b1, x, W2, b2 = layers()
    numeric = jacobian(network(W1, b1, W2, b2), x)
    assert_close(matrix_rows(text), numeric, PRINTED, "network Jacobian", where)


def test_figure_shows_the_three_jacobians(lesson):
    lesson.assert_figure_described("jacobian-figure")
    lesson.assert_figures_within_budget(figures=1)


# ── Bad input ────────────────────────────────────────────────────────────────

BAD_CALLS = """
for label, args in [
    ("short x", (W1, b1, x[:3])),
    ("long b", (W1, np.zeros(6), x)),
    ("vector W", (np.ones(4), b1, x)),
    ("x as a column", (W1, b1, x[:, None])),
]:
    try:
        linear(*args)
        print(label, "no error")
    except ValueError as error:
        print(label, "ValueError", error)
print("good call:", linear(W1, b1, x).shape)
"""


def test_linear_rejects_mismatched_shapes(lesson):
    where = lesson.where("linear-layer")
    lines = lesson.probe("linear-layer", BAD_CALLS).splitlines()
    assert len(lines) == 5, f"{where}: {lines}"
    labels = ["short x", "long b", "vector W", "x as a column"]
    for line, label in zip(lines, labels, strict=False):
        assert line.startswith(f"{label} ValueError "), f"{where}: {line}"
    assert "(3,)" in lines[0] and "(5, 4)" in lines[0], f"{where}: {lines[0]}"
    assert "(6,)" in lines[1], f"{where}: {lines[1]}"
    assert "(4,)" in lines[2], f"{where}: {lines[2]}"
    assert "(4, 1)" in lines[3], f"{where}: {lines[3]}"
    assert lines[4] == "good call: (5,)", f"{where}: {lines[4]}"


def test_page_shows_the_shape_errors(lesson):
    where = lesson.where("bad-input")
    messages = refusals(lesson.shown("bad-input"), where)
    assert len(messages) == 2, f"{where}: {messages}"
    assert "(5, 4)" in messages[0] and "x (3,)" in messages[0], (
        f"{where}: {messages[0]}"
    )
    assert "(3, 5)" in messages[1] and "x (4,)" in messages[1], (
        f"{where}: {messages[1]}"
    )


# ── Vector-Jacobian products ─────────────────────────────────────────────────


def test_vjps_give_the_gradient(lesson):
    where, text = lesson.where("vjp"), lesson.shown("vjp")
    W1, b1, x, W2, b2 = layers()
    net = network(W1, b1, W2, b2)

    def loss(v):
        return float(-np.sum(Y * np.log(net(v))))

    assert_close(number_after("loss ℓ =", text, where), loss(x), 5.1e-7, "ℓ", where)
    numeric = gradient(loss, x)
    for label in ("by four VJPs:", "through the full J:"):
        assert_close(vector_after(label, text, where), numeric, PRINTED_4, label, where)
    assert 0 <= number_after("largest difference:", text, where) < 1e-14, where


def test_exercise_cross_entropy_gradient_is_p_minus_y(lesson):
    where, text = lesson.where("ex-cross-entropy"), lesson.shown("ex-cross-entropy")
    W1, b1, x, W2, b2 = layers()
    z2 = W2 @ np.tanh(W1 @ x + b1) + b2

    def loss(v):
        return float(-np.sum(Y * np.log(softmax(v))))

    numeric = gradient(loss, z2)
    for label in ("softmax VJP of -y/p:", "p - y:"):
        assert_close(vector_after(label, text, where), numeric, PRINTED_4, label, where)


def test_exercise_sigmoid_from_softmax(lesson):
    where, text = lesson.where("ex-sigmoid"), lesson.shown("ex-sigmoid")
    sigma = 1 / (1 + math.exp(-0.7))
    printed = [float(v) for v in re.findall(rf"= ({NUMBER})", text)]
    assert len(printed) == 4, f"{where}: {text}"
    s1, printed_sigma, slope, printed_slope = printed
    assert_close([s1, printed_sigma], [sigma, sigma], 5.1e-7, "σ(0.7)", where)
    by_differences = derivative(sigma_of, 0.7)
    assert_close([slope, printed_slope], [by_differences] * 2, 1e-6, "σ′(0.7)", where)


def sigma_of(t: float) -> float:
    return math.exp(t) / (math.exp(t) + 1)


# ── The XOR network ──────────────────────────────────────────────────────────


def test_xor_network_is_the_small_network_of_the_earlier_page(lesson):
    where, text = lesson.where("xor-network"), lesson.shown("xor-network")
    X, y = xor_data()
    loss = xor_loss(xor_start(), X, y)
    assert "X: (200, 2), y: (200,), W1: (2, 8)" in text, f"{where}: {text}"
    assert_close(
        number_after("loss before training:", text, where), loss, 5.1e-5, "L", where
    )


def test_xor_gradients_by_vjps_match_finite_differences(lesson):
    where, text = lesson.where("xor-vjp"), lesson.shown("xor-vjp")
    X, y = xor_data()
    grad = gradient(lambda t: xor_loss(t, X, y), xor_start())
    pieces = {
        "W1": (grad[:16], "(2, 8)"),
        "b1": (grad[16:24], "(8,)"),
        "w2": (grad[24:32], "(8,)"),
        "b2": (grad[32:], "()"),
    }
    found = re.findall(rf"dL/d(\w+): shape (\(.*?\)), largest entry ({NUMBER})", text)
    assert [name for name, *_ in found] == list(pieces), f"{where}: {text}"
    for name, shape, largest in found:
        want, want_shape = pieces[name]
        assert shape == want_shape, f"{where}: dL/d{name} shape {shape}"
        assert_close(float(largest), np.max(np.abs(want)), 5.1e-5, name, where)


def test_vjps_agree_with_the_index_by_index_formulas(lesson):
    where = lesson.where("xor-index-by-index")
    text = lesson.shown("xor-index-by-index")
    found = re.findall(rf"dL/d(\w+): largest difference.*: ({NUMBER})", text)
    assert [name for name, _ in found] == ["W1", "b1", "w2", "b2"], f"{where}: {text}"
    # Gradients of size 1e-3 to 1e-1, summed in another order: rounding only.
    assert all(0 <= float(d) < 1e-15 for _, d in found), f"{where}: {text}"


def test_exercise_jacobian_sizes(lesson):
    where, text = lesson.where("ex-sizes"), lesson.shown("ex-sizes")
    n, m = 200, 8
    assert f"shape ({n * m}, {2 * m}), {n * m * 2 * m} entries" in text, where
    assert f"non-zero: {n * 2 * m}, a fraction {1 / m:.3f}" in text, where
    assert 0 <= number_after("Xᵀ Δ|:", text, where) < 1e-15, where


# ── Exercises and checks ─────────────────────────────────────────────────────


def test_exercise_answer_boxes(lesson):
    boxes = lesson.answer_boxes()
    assert set(boxes) == {f"jacobians-ex{k}" for k in (1, 2, 3)}, sorted(boxes)
    sigma = sigma_of(0.7)
    assert_answer_box(
        boxes["jacobians-ex1"], sigma * (1 - sigma), 1e-3 * sigma * (1 - sigma)
    )
    assert_answer_box(boxes["jacobians-ex2"], 200 * 8 * 2 * 8, 0.5)
    W1, b1, x, W2, b2 = layers()
    s = softmax(W2 @ np.tanh(W1 @ x + b1) + b2)
    assert_answer_box(boxes["jacobians-ex3"], s[1] - 1, 1e-3 * abs(s[1] - 1))


def test_every_jacobian_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "Jacobian of f(x) = (x₁x₂, x₁², sin x₂) at x = (1.5, −0.5)",
            "Jacobian of z₁ = W₁x + b₁: W₁ itself, 5 × 4",
            "Jacobian of o = tanh(z₁): diag(1 − o²), 5 × 5",
            "softmax Jacobian diag(p) − ppᵀ at the page's z₂",
            "chain-rule Jacobian of x ↦ softmax(W₂ tanh(W₁x + b₁) + b₂), 3 × 4",
            "∂ℓ/∂x by four VJPs, at the page's x",
            "VJP gradient of all 33 XOR-network parameters at a random θ",
            "softmax Jacobian at z = (0.7, 0)",
            "∂ℓ/∂z₂ = p − y for softmax with cross-entropy at the page's z₂",
        ],
    )
