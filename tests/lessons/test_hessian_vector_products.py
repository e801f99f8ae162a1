"""The Hessian-vector-products page, against oracles that do not run the page's code.

- Derivatives: the page's `hvp`, run in a reader's Python after its listings, on
  a cubic polynomial at dyadic points (where every float operation is exact)
  equals the Hessian from the rules of differentiation, in Fractions, to the
  last bit; on x₁²x₂ + tanh(x₁x₂), at the page's point and at others, it
  matches the Hessian written out by hand in this file.
- The network: its teacher parameters and its points regenerated here from the
  seed and the recipe the page states (the question, not its output), the
  network and its gradient written again in numpy by the rules. The Hessian at
  θ*, where every residual is 0, is (2/n) JᵀJ with J by the rules; elsewhere it
  is central differences of that gradient. Eigenvalues by numpy's eigvalsh.
- Power iteration and gradient descent redone here in numpy with those; the
  largest stable learning rate is checked by running descent just below and just
  above 2/λ_max from this file's own λ_max and eigenvector.
- Counts: from the costs per operation the page states (a float operation is 1
  flop; a dual sum 2, a dual product 4, a dual tanh 4, 1 − Dual 2), summed over
  the network's operations by hand: n(25m + 15) + 5 for a gradient and
  n(76m + 44) + 16 for H v.
"""

from __future__ import annotations

import json
import math
import random
import re
from fractions import Fraction

import numpy as np
import pytest

from oracles import NUMBER, gradient, refusals, search
from page_widgets import assert_answer_box

N, M, D = 8, 4, 13  # points, hidden units, parameters (3m + 1)


# ── The oracle's own network ─────────────────────────────────────────────────


def teacher(m=M, seed=1):
    """θ* = (w1, b1, w2, b2) drawn as the page states: random.Random(seed),
    3m + 1 standard normal draws in that order."""
    rng = random.Random(seed)
    return np.array([rng.gauss(0, 1) for _ in range(3 * m + 1)])


XS = np.array([-2 + 4 * i / (N - 1) for i in range(N)])


def outputs(theta, xs=XS):
    m = (len(theta) - 1) // 3
    w1, b1, w2, b2 = theta[:m], theta[m : 2 * m], theta[2 * m : 3 * m], theta[3 * m]
    return np.tanh(np.outer(xs, w1) + b1) @ w2 + b2


def output_jacobian(theta, xs=XS):
    """∂ŷᵢ/∂θ by the rules: w2ₖ(1 − tₖ²)x, w2ₖ(1 − tₖ²), tₖ and 1."""
    m = (len(theta) - 1) // 3
    w1, b1, w2 = theta[:m], theta[m : 2 * m], theta[2 * m : 3 * m]
    t = np.tanh(np.outer(xs, w1) + b1)
    slope = w2 * (1 - t**2)
    return np.hstack([slope * xs[:, None], slope, t, np.ones((len(xs), 1))])


THETA_STAR = teacher()
YS = outputs(THETA_STAR)


def loss(theta):
    return float(np.mean((outputs(theta) - YS) ** 2))


def loss_gradient(theta):
    """(2/n) Σ rᵢ ∇ŷᵢ."""
    return 2 / N * output_jacobian(theta).T @ (outputs(theta) - YS)


def hessian(theta):
    """Central differences of loss_gradient, symmetrised."""
    H = np.column_stack(
        [
            (loss_gradient(theta + 1e-5 * e) - loss_gradient(theta - 1e-5 * e)) / 2e-5
            for e in np.eye(len(theta))
        ]
    )
    return (H + H.T) / 2


J_STAR = output_jacobian(THETA_STAR)
H_STAR = 2 / N * J_STAR.T @ J_STAR  # exact at θ*, where every residual is 0
EIGENVALUES, EIGENVECTORS = np.linalg.eigh(H_STAR)
LAMBDA_MAX = EIGENVALUES[-1]
U = EIGENVECTORS[:, -1] * np.sign(EIGENVECTORS[0, -1])  # first entry positive


def descend(eta, steps, nudge=1e-3):
    theta = THETA_STAR + nudge * U
    offsets, losses = [], []
    for k in range(steps + 1):
        offsets.append(float(U @ (theta - THETA_STAR)))
        losses.append(loss(theta))
        if k < steps:
            theta = theta - eta * loss_gradient(theta)
    return offsets, losses, theta


def test_the_oracle_is_consistent():
    """The Hessian oracles agree with each other and the gradient with the loss."""
    assert np.abs(hessian(THETA_STAR) - H_STAR).max() < 1e-8
    point = THETA_STAR + 0.3 * np.cos(np.arange(D))
    assert np.allclose(gradient(loss, point), loss_gradient(point), atol=1e-8)


# ── f(x₁, x₂) = x₁²x₂ + tanh(x₁x₂) ─────────────────────────────────────────


def small_gradient(x1, x2):
    s = 1 - math.tanh(x1 * x2) ** 2
    return [2 * x1 * x2 + x2 * s, x1 * x1 + x1 * s]


def small_hessian(x1, x2):
    t = math.tanh(x1 * x2)
    s, c = 1 - t * t, -2 * t * (1 - t * t)
    mixed = 2 * x1 + s + c * x1 * x2
    return np.array([[2 * x2 + c * x2 * x2, mixed], [mixed, c * x1 * x1]])


def vector_after(label, text, where):
    found = search(rf"{re.escape(label)}\s*\(([^)]*)\)", text, where)
    return np.array([float(v) for v in found[1].split(",")])


def test_engine_differentiates_a_cube(lesson):
    where, text = lesson.where("engine"), lesson.shown("engine")
    found = search(rf"f′ = ({NUMBER}), f″·1 = ({NUMBER})", text, where)
    # f = x³: f′ = 3x², f″ = 6x, at x = 3/2 exactly.
    assert Fraction(found[1]) == 3 * Fraction(3, 2) ** 2, where
    assert Fraction(found[2]) == 6 * Fraction(3, 2), where


def test_small_function_hessian_vector_product(lesson):
    where, text = lesson.where("small-function"), lesson.shown("small-function")
    x, v = (0.8, -0.6), np.array([1.0, 2.0])
    want = small_hessian(*x) @ v
    assert vector_after("∇f at x = (0.8, -0.6):", text, where) == pytest.approx(
        small_gradient(*x), abs=5.1e-7
    )
    for label in ("forward-over-reverse:", "Hessian by hand:", "differences of ∇f:"):
        got = vector_after(f"H v, {label}", text, where)
        assert got == pytest.approx(want, abs=5.1e-7), f"{where}: {label}"
    verdicts = re.findall(r"all within (1e-\d+):\s+(True|False)$", text, re.M)
    # Dual numbers: rounding only. A central difference with h = 1e-5: an
    # error of order h² ≈ 1e-10 from truncation and ε/h ≈ 1e-11 from rounding.
    assert verdicts == [("1e-13", "True"), ("1e-13", "False"), ("1e-8", "True")], (
        f"{where}: {text}"
    )


PROBE = """
import json
from fractions import Fraction


def cubic(x):
    # x1³x2 + 2x2²x3 − x1x3², with + and * only
    x1, x2, x3 = x
    return x1 * x1 * x1 * x2 + 2 * x2 * x2 * x3 + (-1) * x1 * x3 * x3


points = [(-1.2, 0.4), (0.3, 2.0), (2.0, -1.7), (0.8, -0.6)]
far = [t + 0.3 * math.cos(i) for i, t in enumerate(theta_star)]
direction = [math.sin(i + 1) for i in range(len(theta_star))]
print(json.dumps({
    "cubic": [
        [Fraction(c).as_integer_ratio() for c in hvp(cubic, x, v)[1]]
        for x, v in [([0.5, -1.25, 2.0], [1.0, 0.5, -2.0]),
                     ([1.5, 0.75, -0.25], [-0.5, 2.0, 1.0])]
    ],
    "cubic_gradient": [Fraction(c).as_integer_ratio()
                       for c in gradient(cubic, [0.5, -1.25, 2.0])],
    "small": [hvp(f, list(x), [1.0, -0.5]) for x in points],
    "network_far": hvp(loss, far, direction),
    "network_gradient_far": gradient(loss, far),
    "far": far,
    "direction": direction,
}))
"""


@pytest.fixture(scope="module")
def probe(lesson):
    return json.loads(lesson.probe("ex-elsewhere", PROBE))


def cubic_hessian(x1, x2, x3):
    """Of x1³x2 + 2x2²x3 − x1x3², by the rules."""
    return [
        [6 * x1 * x2, 3 * x1 * x1, -2 * x3],
        [3 * x1 * x1, 4 * x3, 4 * x2],
        [-2 * x3, 4 * x2, -2 * x1],
    ]


def test_hvp_is_exact_on_a_polynomial(lesson, probe):
    where = lesson.where("engine")
    cases = [
        ((Fraction(1, 2), Fraction(-5, 4), Fraction(2)), (1, Fraction(1, 2), -2)),
        ((Fraction(3, 2), Fraction(3, 4), Fraction(-1, 4)), (Fraction(-1, 2), 2, 1)),
    ]
    for got, (x, v) in zip(probe["cubic"], cases, strict=True):
        H = cubic_hessian(*x)
        want = [sum(H[i][j] * v[j] for j in range(3)) for i in range(3)]
        assert [Fraction(*ratio) for ratio in got] == want, f"{where}: H v at {x}"
    x1, x2, x3 = Fraction(1, 2), Fraction(-5, 4), Fraction(2)
    want = [3 * x1**2 * x2 - x3**2, x1**3 + 4 * x2 * x3, 2 * x2**2 - 2 * x1 * x3]
    assert [Fraction(*r) for r in probe["cubic_gradient"]] == want, where


def test_hvp_matches_the_hessian_by_hand_elsewhere(lesson, probe):
    where = lesson.where("small-function")
    points = [(-1.2, 0.4), (0.3, 2.0), (2.0, -1.7), (0.8, -0.6)]
    for (grad, hv), x in zip(probe["small"], points, strict=True):
        assert grad == pytest.approx(small_gradient(*x), rel=1e-12), where
        assert hv == pytest.approx(small_hessian(*x) @ [1.0, -0.5], rel=1e-12), where


def test_network_gradient_and_hvp_away_from_the_minimum(lesson, probe):
    """Where the residuals are not 0, H has its second-derivative term too."""
    where = lesson.where("network")
    far, direction = np.array(probe["far"]), np.array(probe["direction"])
    assert probe["network_gradient_far"] == pytest.approx(
        loss_gradient(far), rel=1e-10, abs=1e-12
    ), where
    grad, hv = probe["network_far"]
    assert grad == pytest.approx(loss_gradient(far), rel=1e-10, abs=1e-12), where
    want = hessian(far) @ direction
    assert np.abs(np.array(hv) - want).max() < 1e-7 * np.abs(want).max(), where


# ── The network at its minimum ───────────────────────────────────────────────


def test_network_is_at_its_minimum(lesson):
    where, text = lesson.where("network"), lesson.shown("network")
    assert f"d = {D} parameters, n = {N} points" in text, f"{where}: {text}"
    assert "L(θ*) = 0.0\n" in text + "\n", f"{where}: {text}"
    assert "largest |∂L/∂θ| at θ*: 0.0" in text, f"{where}: {text}"
    assert loss(THETA_STAR) == 0.0


def test_power_iteration(lesson):
    where, text = lesson.where("power-iteration"), lesson.shown("power-iteration")
    rng = random.Random(2)
    v = np.array([rng.gauss(0, 1) for _ in range(D)])
    v /= np.linalg.norm(v)
    estimates = []
    for _ in range(30):
        hv = H_STAR @ v
        estimates.append(v @ hv)
        v = hv / np.linalg.norm(hv)
    rows = re.findall(rf"product\s+(\d+): v·Hv = ({NUMBER})", text)
    assert [int(k) for k, _ in rows] == [1, 2, 5, 10, 20, 30], f"{where}: {text}"
    for k, value in rows:
        assert float(value) == pytest.approx(estimates[int(k) - 1], abs=1e-9), (
            f"{where}: product {k}"
        )
    found = search(rf"λ_max ≈ ({NUMBER}), .* ≈ ({NUMBER})", text, where)
    assert float(found[1]) == pytest.approx(LAMBDA_MAX, abs=5.1e-7), where
    assert float(found[2]) == pytest.approx(2 / LAMBDA_MAX, abs=5.1e-7), where


def test_full_hessian_and_its_eigenvalues(lesson):
    where, text = lesson.where("full-hessian"), lesson.shown("full-hessian")
    asymmetry = float(search(rf"\|H - Hᵀ\| = ({NUMBER})", text, where)[1])
    assert asymmetry < 1e-12, where
    gap = float(search(rf"differences of ∇L\| = ({NUMBER})", text, where)[1])
    assert 1e-12 < gap < 1e-7, where
    four = search(r"largest four eigenvalues: \[([^\]]*)\]", text, where)[1].split()
    assert [float(e) for e in four] == pytest.approx(EIGENVALUES[:-5:-1], abs=5.1e-7)
    for how in ("eigvalsh", "power iteration"):
        got = float(search(rf"λ_max by {how}:\s+({NUMBER})", text, where)[1])
        assert got == pytest.approx(LAMBDA_MAX, abs=1e-9), f"{where}: {how}"
    zeros = int(search(r"0 up to rounding: (\d+) of 13", text, where)[1])
    # (2/n) JᵀJ with J of shape 8 × 13 and rank 8: 13 − 8 zero eigenvalues.
    assert np.linalg.matrix_rank(J_STAR) == N and zeros == D - N, where
    ratio = float(search(rf"λ₂/λ₁ = ({NUMBER})", text, where)[1])
    assert ratio == pytest.approx(EIGENVALUES[-2] / LAMBDA_MAX, abs=5.1e-4), where


def test_descent_just_below_and_just_above_the_limit(lesson):
    where, text = lesson.where("descent"), lesson.shown("descent")
    blocks = re.split(r"(?m)^(?=η = )", text)[1:]
    assert len(blocks) == 2, f"{where}: {text}"
    for block, factor in zip(blocks, (0.95, 1.05), strict=True):
        eta = factor * 2 / LAMBDA_MAX
        offsets, losses, _ = descend(eta, 60)
        head = search(
            rf"η = {factor} · 2/λ_max = ({NUMBER}), 1 - ηλ_max = ({NUMBER}): (.*)",
            block,
            where,
        )
        assert float(head[1]) == pytest.approx(eta, abs=5.1e-5), where
        assert float(head[2]) == pytest.approx(1 - 2 * factor, abs=5.1e-3), where
        converges = losses[-1] < losses[0]
        assert converges == (factor < 1), f"{where}: the oracle's run at {factor}"
        assert head[3] == ("converges" if converges else "diverges from θ*"), where
        printed = [
            float(c) for c in search(r"k = 0 to 4:\s+(.*)", block, where)[1].split()
        ]
        assert printed == pytest.approx(offsets[:5], rel=6e-3), f"{where}: offsets"
        assert printed == pytest.approx(
            [1e-3 * (1 - eta * LAMBDA_MAX) ** k for k in range(5)], rel=1e-2
        ), f"{where}: offsets against (1 − ηλ_max)^k"
        printed = [
            float(c)
            for c in search(r"L\(θ_k\) every 10 steps:\s+(.*)", block, where)[1].split()
        ]
        assert printed == pytest.approx(losses[::10], rel=6e-2), f"{where}: losses"


def test_figure(lesson):
    lesson.assert_figure_described("figure")
    lesson.assert_figures_within_budget(figures=1)


# ── Cost ─────────────────────────────────────────────────────────────────────


def test_flop_counts_follow_the_costs_per_operation(lesson):
    """Per point, each hidden unit runs w1·x (×), + b1 (+), tanh (3 float
    operations: tanh, t·t, 1 − t·t), w2·(…) (×) and ŷ + (…) (+): 7 operations
    and 9 inputs for the backward pass; then ŷ + (−y), r·r and total + r·r:
    3 operations and 6 inputs; and once the mean's · (1/n): 1 and 2. Each input
    costs a product and a sum backwards. As duals: + is 2 flops, × is 4, tanh
    is 4 + 4 + 2 = 10, and each input 4 + 2 = 6 backwards."""
    where, text = lesson.where("cost"), lesson.shown("cost")
    rows = [
        [float(v) for v in row]
        for row in re.findall(
            r"^\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+(\d+)$", text, re.M
        )
    ]
    assert [int(r[0]) for r in rows] == [2, 4, 8, 16], f"{where}: {text}"
    for m, d, ops, grad, hv, ratio, full in rows:
        want_grad = N * (7 * m + 3) + 1 + 2 * (N * (9 * m + 6) + 2)
        want_hv = N * (22 * m + 8) + 4 + 6 * (N * (9 * m + 6) + 2)
        assert want_grad == N * (25 * m + 15) + 5 and want_hv == N * (76 * m + 44) + 16
        assert (d, ops, grad, hv) == (3 * m + 1, want_grad, want_grad, want_hv), (
            f"{where}: m = {m}"
        )
        assert ratio == pytest.approx(want_hv / want_grad, abs=0.0051), where
        assert full == d * want_hv, where


# ── Bad input ────────────────────────────────────────────────────────────────

BAD_CALLS = """
for label, call in [
    ("hvp long", lambda: hvp(loss, theta_star, [1.0] * 14)),
    ("hvp empty", lambda: hvp(loss, theta_star, [])),
    ("power zero", lambda: power_iteration(loss, theta_star, [0.0] * 13, steps=1)),
]:
    try:
        call()
        print(label, "no error")
    except ValueError as error:
        print(label, "ValueError", error)
print("good calls:", len(hvp(loss, theta_star, [1.0] * 13)[1]),
      len(power_iteration(loss, theta_star, [1.0] + [0.0] * 12, steps=2)[0]))
"""


def test_bad_input_is_refused(lesson):
    where = lesson.where("bad-input")
    lines = lesson.probe("bad-input", BAD_CALLS).splitlines()
    assert len(lines) == 4, f"{where}: {lines}"
    assert lines[0].startswith("hvp long ValueError") and "v has 14" in lines[0], lines
    assert lines[1].startswith("hvp empty ValueError") and "v has 0" in lines[1], lines
    assert lines[2].startswith("power zero ValueError") and "zero" in lines[2], lines
    assert lines[3] == "good calls: 13 2", f"{where}: {lines[3]}"
    messages = refusals(lesson.shown("bad-input"), where)
    assert len(messages) == 2, f"{where}: {messages}"
    assert "x has 13 entries, v has 2" in messages[0], f"{where}: {messages[0]}"
    assert "start vector v is zero" in messages[1], f"{where}: {messages[1]}"


# ── Exercises ────────────────────────────────────────────────────────────────


def curvature():
    v = np.array([0.6, 0.8])
    return float(v @ small_hessian(0.8, -0.6) @ v)


def elsewhere():
    """Exercise 3 redone: 300 steps at 1.05 · 2/λ_max, then λ_max there (the
    eigenvalue largest in size, which power iteration finds)."""
    eta = 1.05 * 2 / LAMBDA_MAX
    _, losses, theta = descend(eta, 300)
    eigenvalues = np.linalg.eigvalsh(hessian(theta))
    top = eigenvalues[np.argmax(np.abs(eigenvalues))]
    return eta, losses, theta, top


def test_exercise_outputs(lesson):
    where, text = lesson.where("ex-curvature"), lesson.shown("ex-curvature")
    values = [float(v) for v in re.findall(rf":\s+({NUMBER})$", text, re.M)]
    assert values == pytest.approx([curvature()] * 2, abs=5.1e-7), f"{where}: {text}"

    where, text = lesson.where("ex-deflation"), lesson.shown("ex-deflation")
    values = [float(v) for v in re.findall(rf":\s+({NUMBER})$", text, re.M)]
    assert values == pytest.approx([EIGENVALUES[-2]] * 2, abs=5.1e-7), (
        f"{where}: {text}"
    )

    where, text = lesson.where("ex-elsewhere"), lesson.shown("ex-elsewhere")
    eta, losses, theta, top = elsewhere()
    printed = search(r"k = 100, 200, 300:\s+(.*)", text, where)[1].split()
    assert [float(v) for v in printed] == pytest.approx(losses[100::100], rel=6e-2)
    assert losses[100] > losses[200] > losses[300], "the loss is still falling"
    distance = float(search(rf"‖θ - θ\*‖ = ({NUMBER})", text, where)[1])
    assert distance == pytest.approx(np.linalg.norm(theta - THETA_STAR), abs=5.1e-4)
    found = search(
        rf"λ_max there: ({NUMBER}), below 2/η = ({NUMBER}): (\w+)", text, where
    )
    assert float(found[1]) == pytest.approx(top, abs=5.1e-5), where
    assert float(found[2]) == pytest.approx(2 / eta, abs=5.1e-5), where
    assert found[3] == str(top < 2 / eta) == "True", where


def test_exercise_answer_boxes(lesson):
    boxes = lesson.answer_boxes()
    names = {f"hessian-vector-products-ex{k}" for k in (1, 2, 3)}
    assert set(boxes) == names, sorted(boxes)
    assert_answer_box(
        boxes["hessian-vector-products-ex1"], curvature(), 1e-3 * curvature()
    )
    assert_answer_box(
        boxes["hessian-vector-products-ex2"], EIGENVALUES[-2], 1e-3 * EIGENVALUES[-2]
    )
    box = boxes["hessian-vector-products-ex3"]
    top = elsewhere()[3]
    # Two runs of 300 steps, in different arithmetic: equal to about 1e-6.
    assert box.value == pytest.approx(top, rel=1e-5), box.value
    assert box.tolerance == pytest.approx(1e-2 * box.value, rel=1e-9)
    assert box.accepts(top * 1.005) and not box.accepts(top * 1.02)


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "f″ by forward-over-reverse, f(x) = x³ at x = 1.5",
            "f′ by the Value engine, f(x) = x³ at x = 1.5",
            "∇f by the Value engine at (0.8, −0.6)",
            "the Hessian of x₁²x₂ + tanh(x₁x₂) by hand at (0.8, −0.6)",
            "H v by forward-over-reverse, v = (1, 2), as d/dt ∇f(x + tv)",
            "H of the network's loss at θ*, from 13 Hessian-vector products",
            "H = (2/n) Σ ∇ŷᵢ ∇ŷᵢᵀ at θ*",
            "vᵀHv, the second derivative of f along v = (0.6, 0.8)",
        ],
    )
