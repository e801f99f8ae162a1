"""The RMSProp-and-Adam page, against oracles that do not run the page's code.

- Plain descent and the heavy ball on the valley x² + 10y² are linear recurrences,
  one per coordinate: computed here in exact Fraction arithmetic.
- Adam's running means have closed forms: m_t = (1 − β1) Σ β1^(t−i) g_i, and for a
  constant gradient m_t = (1 − β1^t) g, so m̂_t = g exactly (Fractions); the first
  step is −η g / (|g| + ε) exactly, since v̂_1 = g².
- RMSProp's first step is η g / (sqrt((1 − β2) g²) + ε); later steps, Adam on the
  scaled data and the XOR network come from implementations written here
  independently (plain Python loops over coordinates, the XOR network of
  tests/oracles.py with its backpropagation written here), and from least squares
  (np.linalg.lstsq), the exact minimum of the linear model's loss.
- Bad settings raise ValueError, checked in a reader's Python after the listings.
"""

from __future__ import annotations

import itertools
import math
import re
from fractions import Fraction as F

import numpy as np

from oracles import (
    NUMBER,
    assert_close,
    assert_sig,
    design,
    numbers,
    refusals,
    scaled_data,
    xor_data,
    xor_start,
)
from page_widgets import assert_answer_box

B1, B2, EPS = 0.9, 0.999, 1e-8


# ── Oracles ──────────────────────────────────────────────────────────────────


def valley_f(x, y):
    return x**2 + 10 * y**2


def descent_exact(eta: F, k: int, start=(F(10), F(1))):
    """Descent on the valley: x_k = (1 − 2η)^k x_0, y_k = (1 − 20η)^k y_0."""
    return start[0] * (1 - 2 * eta) ** k, start[1] * (1 - 20 * eta) ** k


def heavy_ball_exact(eta: F, beta: F, k: int, start=(F(10), F(1))):
    """u_{j+1} = (1 + β − η c) u_j − β u_{j−1}, u_{−1} = u_0, per coordinate."""
    out = []
    for u0, c in zip(start, (2, 20), strict=True):
        prev, u = u0, u0
        for _ in range(k):
            prev, u = u, (1 + beta - eta * c) * u - beta * prev
        out.append(u)
    return tuple(out)


def adam_oracle(grad, start, eta, steps, b1=B1, b2=B2, eps=EPS):
    """Adam, coordinate by coordinate in Python floats; the path as lists."""
    theta = [float(v) for v in start]
    m, v = [0.0] * len(theta), [0.0] * len(theta)
    path = [list(theta)]
    for t in range(1, steps + 1):
        g = [float(x) for x in grad(np.array(theta))]
        for i, g_i in enumerate(g):
            m[i] = b1 * m[i] + (1 - b1) * g_i
            v[i] = b2 * v[i] + (1 - b2) * g_i * g_i
            step = (m[i] / (1 - b1**t)) / (math.sqrt(v[i] / (1 - b2**t)) + eps)
            theta[i] -= eta * step
        path.append(list(theta))
    return path


def valley_grad(p):
    return np.array([2 * p[0], 20 * p[1]])


def xor_loss_and_grad(theta, X, y, hidden=8):
    W1 = theta[: 2 * hidden].reshape(2, hidden)
    b1 = theta[2 * hidden : 3 * hidden]
    w2 = theta[3 * hidden : 4 * hidden]
    b2 = theta[4 * hidden]
    H = np.tanh(X @ W1 + b1)
    z = H @ w2 + b2
    p = 1 / (1 + np.exp(-z))
    loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    dz = (p - y) / len(y)
    dZ = dz[:, None] * w2[None, :] * (1 - H * H)
    grad = np.concatenate([(X.T @ dZ).ravel(), dZ.sum(0), H.T @ dz, [dz.sum()]])
    return loss, grad


# ── The valley and the scaled data ───────────────────────────────────────────


def test_valley_descent_follows_the_closed_form(lesson):
    text, where = lesson.shown("valley"), lesson.where("valley")
    assert "x × 0.82, y × -0.80" in text, f"{where}: {text}"
    found = dict(re.findall(rf"step\s+(\d+): f = ({NUMBER})", text))
    assert sorted(map(int, found)) == [0, 10, 25, 50], f"{where}: {text}"
    for k, printed in found.items():
        x, y = descent_exact(F(9, 100), int(k))
        assert_sig(float(printed), float(valley_f(x, y)), 4, f"f at step {k}", where)
    assert text.endswith("one step from (10.0, 1.0): (0.0, 0.0)"), f"{where}: {text}"


def test_scaled_data_gradient_and_curvatures(lesson):
    text, where = lesson.shown("scaled-data"), lesson.where("scaled-data")
    X, y = scaled_data()
    X_tilde = design(X)
    gradient = -2 / len(y) * X_tilde.T @ y  # at θ = 0 the residual is −y
    curvature = 2 / len(y) * np.sum(X_tilde * X_tilde, axis=0)
    rows = re.findall(
        rf"(w1|w2|b): ∂L/∂\w+ at 0 =\s+({NUMBER}), curvature\s+({NUMBER})", text
    )
    assert [r[0] for r in rows] == ["w1", "w2", "b"], f"{where}: {text}"
    for (name, g, c), g_want, c_want in zip(rows, gradient, curvature, strict=True):
        assert_sig(float(g), g_want, 4, f"∂L/∂{name}", where)
        assert_sig(float(c), c_want, 4, f"curvature {name}", where)
    ratio = float(re.search(rf"smallest: ({NUMBER})", text)[1])
    assert_sig(ratio, curvature.max() / curvature.min(), 3, "curvature ratio", where)
    assert ratio > 1e6, f"{where}: 'a factor of about a million': {ratio}"


def test_rmsprop_first_step_is_eta_over_root_one_minus_beta(lesson):
    text, where = lesson.shown("rmsprop"), lesson.where("rmsprop")
    rows = re.findall(
        rf"step (\d): gradient \(\s*({NUMBER}),\s*({NUMBER})\), "
        rf"move \(({NUMBER}), ({NUMBER})\)",
        text,
    )
    assert [r[0] for r in rows] == ["1", "2", "3"], f"{where}: {text}"
    # An RMSProp written here, coordinate by coordinate.
    theta, v, eta, beta2 = [10.0, 1.0], [0.0, 0.0], 0.1, 0.9
    for row in rows:
        g = [2 * theta[0], 20 * theta[1]]
        moves = []
        for i in range(2):
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] ** 2
            moves.append(-eta * g[i] / (math.sqrt(v[i]) + EPS))
            theta[i] += moves[i]
        got = list(map(float, row[1:]))
        for a, b in zip(got, g + moves, strict=True):
            assert_close(a, b, 5.1e-4 if abs(b) > 1 else 5.1e-5, "rmsprop", where)
    first = list(map(float, rows[0][3:]))
    assert all(abs(abs(x) - 0.1 / math.sqrt(0.1)) < 5.1e-5 for x in first), where


def test_adam_first_move_is_eta_times_the_sign(lesson):
    text, where = lesson.shown("adam-first-move"), lesson.where("adam-first-move")
    rows = re.findall(
        rf"^\(({NUMBER}), ({NUMBER})\)\s+\(({NUMBER}), ({NUMBER})\)\s+"
        rf"\(({NUMBER}), ({NUMBER})\)$",
        text,
        re.M,
    )
    assert len(rows) == 3, f"{where}: {text}"
    eta, eps = F(1, 10), F(1, 10**8)
    for row in rows:
        x, y, gx, gy, mx, my = (F(v) for v in row)
        assert (gx, gy) == (2 * x, 20 * y), f"{where}: gradient at ({x}, {y})"
        for g, move in ((gx, mx), (gy, my)):
            # m̂_1 = g and v̂_1 = g², so the move is −η g / (|g| + ε), exactly.
            want = -eta * g / (abs(g) + eps)
            assert_close(float(move), float(want), 5.1e-10, "first move", where)
            assert abs(abs(float(move)) - 0.1) < 1e-6, f"{where}: |move| ≈ η"
    scales = [abs(float(g)) for row in rows for g in row[2:4]]
    assert max(scales) / min(scales) >= 1000, f"{where}: gradients of one scale"


def test_bias_correction_table_against_the_closed_forms(lesson):
    text, where = lesson.shown("bias-correction"), lesson.where("bias-correction")
    rows = [numbers(line) for line in text.splitlines()[1:]]
    assert [int(r[0]) for r in rows] == [1, 2, 3, 4, 5, 10, 100, 1000], where
    g, b1, b2, eta = F(2), F(9, 10), F(999, 1000), 0.1
    for t, m, m_hat, v, v_hat, with_, without in rows:
        t = int(t)
        m_t, v_t = (1 - b1**t) * g, (1 - b2**t) * g**2  # unrolled sums, exactly
        assert m_t / (1 - b1**t) == g and v_t / (1 - b2**t) == g**2
        assert_close(m, float(m_t), 5.1e-5, f"m_{t}", where)
        assert_close(m_hat, 2.0, 5.1e-5, f"m̂_{t}", where)
        assert_close(v, float(v_t), 5.1e-6, f"v_{t}", where)
        assert_close(v_hat, 4.0, 5.1e-5, f"v̂_{t}", where)
        assert_close(with_, eta * 2 / (2 + EPS), 5.1e-7, f"step {t}", where)
        uncorrected = eta * float(m_t) / (math.sqrt(float(v_t)) + EPS)
        assert_close(without, uncorrected, 5.1e-7, f"uncorrected {t}", where)
    source = " ".join(lesson.listing("bias-correction").code.split())
    assert "beta1, beta2, eps, eta = 0.9, 0.999, 1e-8, 0.1" in source
    assert_close(rows[0][6], math.sqrt(10) * eta, 5.1e-7, "√10 η", where)
    assert max(r[6] for r in rows) > 0.6 and rows[-1][6] > eta, where


def test_varying_gradient_against_the_unrolled_sums(lesson):
    text, where = lesson.shown("varying-gradient"), lesson.where("varying-gradient")
    rows = [numbers(line) for line in text.splitlines()[1:]]
    gradients = [F(4), F(-2), F(1), F(3)]
    b1, b2 = F(9, 10), F(999, 1000)
    assert len(rows) == len(gradients), f"{where}: {text}"
    for t, (k, g, m, m_hat, v, v_hat) in enumerate(rows, start=1):
        assert int(k) == t and g == gradients[t - 1], where
        m_t = (1 - b1) * sum(b1 ** (t - i) * gradients[i - 1] for i in range(1, t + 1))
        v_t = (1 - b2) * sum(
            b2 ** (t - i) * gradients[i - 1] ** 2 for i in range(1, t + 1)
        )
        assert_close(m, float(m_t), 5.1e-5, f"m_{t}", where)
        assert_close(m_hat, float(m_t / (1 - b1**t)), 5.1e-5, f"m̂_{t}", where)
        assert_close(v, float(v_t), 5.1e-6, f"v_{t}", where)
        assert_close(v_hat, float(v_t / (1 - b2**t)), 5.1e-5, f"v̂_{t}", where)


# ── The race ─────────────────────────────────────────────────────────────────


def race_rows(text: str) -> dict[str, list[float]]:
    rows = {}
    for line in text.splitlines()[1:5]:
        name, values = re.match(
            r"(.+?η = [^ ,]+(?:, β = [^ ,]+)?)\s+(.*)", line
        ).groups()
        rows[name] = [float(v) for v in values.split()]
    return rows


def test_valley_race(lesson):
    text, where = lesson.shown("valley-race"), lesson.where("valley-race")
    rows = race_rows(text)
    steps = (10, 50, 100, 200)
    assert list(rows) == [
        "descent, η = 0.09",
        "momentum, η = 0.09, β = 0.5",
        "Adam, η = 0.1",
        "Adam, η = 1",
    ], f"{where}: {text}"
    for k, got in zip(steps, rows["descent, η = 0.09"], strict=True):
        want = float(valley_f(*descent_exact(F(9, 100), k)))
        assert_sig(got, want, 3, f"descent, step {k}", where)
    for k, got in zip(steps, rows["momentum, η = 0.09, β = 0.5"], strict=True):
        want = float(valley_f(*heavy_ball_exact(F(9, 100), F(1, 2), k)))
        assert_sig(got, want, 3, f"momentum, step {k}", where)
    for eta, name in ((0.1, "Adam, η = 0.1"), (1.0, "Adam, η = 1")):
        path = adam_oracle(valley_grad, (10.0, 1.0), eta, 200)
        for k, got in zip(steps, rows[name], strict=True):
            assert_sig(got, valley_f(*path[k]), 3, f"{name}, step {k}", where)
    # What the prose says: Adam with η = 0.1 is behind descent throughout; with
    # η = 1 it is ahead after ten steps, behind from 50 on.
    descent = rows["descent, η = 0.09"]
    assert all(a > d for a, d in zip(rows["Adam, η = 0.1"], descent, strict=True)), (
        where
    )
    assert rows["Adam, η = 0.1"][0] >= 81, where
    fast = rows["Adam, η = 1"]
    assert fast[0] < descent[0], where
    assert all(a > d for a, d in zip(fast[1:], descent[1:], strict=True)), where
    # The last line: Adam's x (η = 0.1) after 10, 100 and 200 steps; the prose
    # says x is still above 2 after 100 steps (its steps shrink below η).
    last = text.splitlines()[5]
    assert last.startswith("x of Adam (η = 0.1) after 10, 100, 200 steps:"), where
    path = adam_oracle(valley_grad, (10.0, 1.0), 0.1, 200)
    xs = [float(v) for v in last.split(":")[1].split()]
    assert len(xs) == 3, f"{where}: {last}"
    for k, got in zip((10, 100, 200), xs, strict=True):
        assert_sig(got, path[k][0], 4, f"Adam's x at step {k}", where)
    assert xs[1] > 2, where
    # 'Its first step is η long in each coordinate, and here every later one is
    # shorter' (the oracle's path, both coordinates).
    moves = np.abs(np.diff(np.array(path), axis=0))
    assert np.allclose(moves[0], 0.1, rtol=1e-6), moves[0]
    assert moves[1:].max() < 0.1, moves[1:].max()


def jump_step(count: int, small: F, b1=F(9, 10), b2=F(999, 1000)):
    """Adam's step over η at the gradient 1 after `count` gradients `small`.

    Closed forms: after N equal gradients g, m_N = (1 − β1^N) g and
    v_N = (1 − β2^N) g² (the unrolled sums); one more step with the gradient 1,
    then the bias correction, all in exact fractions until the square root.
    """
    m = (1 - b1**count) * small
    v = (1 - b2**count) * small**2
    t = count + 1
    m_hat = (b1 * m + (1 - b1)) / (1 - b1**t)
    v_hat = (b2 * v + (1 - b2)) / (1 - b2**t)
    return float(m_hat) / (math.sqrt(float(v_hat)) + EPS)


def test_step_size_after_a_sudden_jump(lesson):
    text, where = lesson.shown("step-size"), lesson.where("step-size")
    lines = text.splitlines()
    assert len(lines) == 4, f"{where}: {text}"
    bound = (1 - B1) / math.sqrt(1 - B2)
    assert lines[0].startswith("Kingma and Ba's bound"), where
    assert_close(numbers(lines[0].split("=")[1])[0], bound, 5.1e-5, "bound", where)
    runs = ((2000, F(1, 1000)), (10000, F(1, 100)))
    jumps = []
    for line, (count, small) in zip(lines[1:3], runs, strict=True):
        assert line.startswith(f"{count} gradients of {float(small)}, then one of 1"), (
            f"{where}: {line}"
        )
        before, at = numbers(line.split("of 1:")[1])
        # Before the jump the gradient has stayed the same: m̂ = g, √v̂ = g.
        assert_close(before, float(small) / (float(small) + EPS), 5.1e-5, "", where)
        want = jump_step(count, small)
        assert_close(at, want, 5.1e-5, f"step after {count} gradients", where)
        jumps.append(want)
    # The prose: the first jump gives almost 3η, under the bound; the second a
    # little over it.
    assert 2.9 < jumps[0] < bound < jumps[1] < 3.3, (where, jumps)
    # 'after a sudden jump ... one can be a little over 3η': over every run of
    # this kind (N gradients g, then 1; the step is the same for g·c then c), the
    # step stays below the Cauchy–Schwarz limit for large N,
    # sqrt(β1²/β2 + (1 − β1)²/(1 − β2)) ≈ 3.288, which the second run nearly reaches.
    limit = math.sqrt(B1**2 / B2 + (1 - B1) ** 2 / (1 - B2))
    assert limit < 3.3 and jumps[1] > limit - 0.01, (limit, jumps)
    for count in (1, 2, 5, 10, 30, 100, 1000, 5000, 20000):
        for small in np.linspace(0, 1, 201):  # floats: the same formulas, faster
            assert jump_step(count, small, B1, B2) <= limit, (count, small)

    # A gradient that grows by r = β2/β1 each step after 10000 gradients of 1:
    # the running means as closed sums, m = β1^k (1 − β1^N) + (1 − β1) Σ β1^(k−j) r^j,
    # v likewise with β2 and r^2j.
    r, N, K = B2 / B1, 10000, 40
    m = B1**K * (1 - B1**N) + (1 - B1) * sum(
        B1 ** (K - j) * r**j for j in range(1, K + 1)
    )
    v = B2**K * (1 - B2**N) + (1 - B2) * sum(
        B2 ** (K - j) * r ** (2 * j) for j in range(1, K + 1)
    )
    t = N + K
    want = m / (1 - B1**t) / (math.sqrt(v / (1 - B2**t)) + EPS)
    growth, fold, step = numbers(lines[3].split("then 40 growing")[1])
    assert_close(growth, r, 5.1e-4, "growth", where)
    assert fold == round(r**K), f"{where}: {lines[3]}"
    assert_close(step, want, 5.1e-5, "step after the growth", where)
    # 'more than seven times η', under the supremum for any growth of this kind,
    # (1 − β1)/√(1 − β2) / √(1 − β1²/β2) ≈ 7.27.
    assert 7 < want < (1 - B1) / math.sqrt(1 - B2) / math.sqrt(1 - B1**2 / B2), want


def test_scaled_race_reaches_least_squares(lesson):
    text, where = lesson.shown("scaled-race"), lesson.where("scaled-race")
    X, y = scaled_data()
    X_tilde = design(X)
    n = len(y)
    best = np.linalg.lstsq(X_tilde, y, rcond=None)[0]
    minimum = float(np.mean((X_tilde @ best - y) ** 2))
    # Descent on a quadratic: θ_k − θ* = (I − ηH)^k (θ_0 − θ*), via H's eigenvectors.
    H = 2 / n * X_tilde.T @ X_tilde
    lam, Q = np.linalg.eigh(H)

    def descent_loss(k):
        theta = best + Q @ ((1 - 1e-6 * lam) ** k * (Q.T @ (0 - best)))
        return float(np.mean((X_tilde @ theta - y) ** 2))

    def grad(theta):
        return 2 / n * X_tilde.T @ (X_tilde @ theta - y)

    adam_path = adam_oracle(grad, (0.0, 0.0, 0.0), 0.01, 3000)
    rows = re.findall(rf"^\s*(\d+)\s+({NUMBER})\s+({NUMBER})$", text, re.M)
    assert [int(r[0]) for r in rows] == [0, 100, 300, 1000, 3000], f"{where}: {text}"
    for k, plain, adaptive in rows:
        k = int(k)
        assert_close(float(plain), descent_loss(k), 5.1e-6, f"descent {k}", where)
        theta = np.array(adam_path[k])
        want = float(np.mean((X_tilde @ theta - y) ** 2))
        assert_close(float(adaptive), want, 5.1e-6, f"Adam {k}", where)
    assert_close(
        float(re.search(rf"minimum: ({NUMBER})", text)[1]),
        minimum,
        5.1e-7,
        "min",
        where,
    )
    assert_close(float(rows[-1][2]), minimum, 5.1e-7, "Adam reaches the min", where)
    assert float(rows[-1][1]) > 100 * minimum, f"{where}: descent is not stalled"
    assert float(rows[1][1]) - float(rows[-1][1]) < 0.01, where  # 'barely moved'
    # 'Troubleshooting's standardised data train faster still': descent with
    # η = 0.1 on standardised features is at the minimum within 100 steps.
    X = X_tilde[:, :2]
    X_std = np.column_stack([(X - X.mean(0)) / X.std(0), np.ones(n)])
    theta = np.zeros(3)
    for _ in range(100):
        theta = theta - 0.1 * 2 / n * X_std.T @ (X_std @ theta - y)
    assert float(np.mean((X_std @ theta - y) ** 2)) - minimum < 1e-7, where
    assert float(rows[3][2]) - minimum > 1e-5, where  # Adam, 1000 steps: not yet
    adam_theta = numbers(re.search(r"Adam's θ.*", text)[0].split(":")[1])
    ls_theta = numbers(re.search(r"least-squares θ.*", text)[0].split(":")[1])
    assert adam_theta == ls_theta, f"{where}: {adam_theta} vs {ls_theta}"
    for got, want in zip(ls_theta, best, strict=True):
        assert_sig(got, want, 6, "least-squares θ", where)


def test_xor_network_and_race(lesson):
    X, y = xor_data()
    theta0 = xor_start()
    text, where = lesson.shown("xor-network"), lesson.where("xor-network")
    assert text.startswith("parameters: 33, loss at the start: "), where
    loss0 = xor_loss_and_grad(theta0, X, y)[0]
    assert_close(numbers(text)[-1], loss0, 5.1e-5, "loss at the start", where)

    text, where = lesson.shown("xor-race"), lesson.where("xor-race")
    rows = race_rows(text)
    assert list(rows) == [
        "descent, η = 0.5",
        "momentum, η = 0.5, β = 0.9",
        "Adam, η = 0.01",
        "Adam, η = 0.1",
    ], f"{where}: {text}"

    def grad(theta):
        return xor_loss_and_grad(np.asarray(theta), X, y)[1]

    def loss(theta):
        return xor_loss_and_grad(np.asarray(theta, dtype=float), X, y)[0]

    steps = (0, 50, 100, 200, 300)
    theta, descent = theta0.copy(), [theta0.copy()]
    prev, ball = theta0.copy(), [theta0.copy()]
    current = theta0.copy()
    for _ in range(300):
        theta = theta - 0.5 * grad(theta)
        descent.append(theta)
        current, prev = current - 0.5 * grad(current) + 0.9 * (current - prev), current
        ball.append(current)
    runs = {
        "descent, η = 0.5": descent,
        "momentum, η = 0.5, β = 0.9": ball,
        "Adam, η = 0.01": adam_oracle(grad, theta0, 0.01, 300),
        "Adam, η = 0.1": adam_oracle(grad, theta0, 0.1, 300),
    }
    for name, path in runs.items():
        for k, got in zip(steps, rows[name], strict=True):
            assert_close(got, loss(path[k]), 5.1e-5, f"{name}, step {k}", where)
    # What the prose says about the order after 300 steps.
    final = {name: values[-1] for name, values in rows.items()}
    assert sorted(final, key=final.get) == [
        "Adam, η = 0.1",
        "momentum, η = 0.5, β = 0.9",
        "Adam, η = 0.01",
        "descent, η = 0.5",
    ], f"{where}: {final}"
    assert final["descent, η = 0.5"] < 1.25 * final["Adam, η = 0.01"], where


BAD_CALLS = """
for label, kwargs in [
    ("zero", dict(learning_rate=0.0)),
    ("-inf", dict(learning_rate=-float("inf"))),
    ("beta1", dict(learning_rate=0.1, beta1=-0.1)),
    ("beta2", dict(learning_rate=0.1, beta2=1.0)),
    ("eps", dict(learning_rate=0.1, eps=-1e-8)),
    ("eps nan", dict(learning_rate=0.1, eps=float("nan"))),
]:
    try:
        adam(valley_gradient, (1.0, 1.0), steps=2, **kwargs)
        print(label, "no error")
    except ValueError as error:
        print(label, "ValueError", error)
adam(valley_gradient, (1.0, 1.0), 0.1, 2, beta1=0.0, beta2=0.0)
print("good call ran")
"""


def test_adam_rejects_bad_settings(lesson):
    where = lesson.where("adam-first-move")
    lines = lesson.probe("adam-first-move", BAD_CALLS).splitlines()
    labels = ["zero", "-inf", "beta1", "beta2", "eps", "eps nan"]
    assert len(lines) == 7, f"{where}: {lines}"
    for line, label in zip(lines, labels, strict=False):
        assert line.startswith(f"{label} ValueError "), f"{where}: {line}"
    for line, word in zip(
        lines,
        ["learning_rate", "learning_rate", "beta1", "beta2", "eps", "eps"],
        strict=False,
    ):
        assert word in line, f"{where}: the message names no {word}: {line}"
    assert lines[6] == "good call ran", f"{where}: {lines}"

    text, where = lesson.shown("bad-input"), lesson.where("bad-input")
    lines = refusals(text, where)
    assert len(lines) == 5, f"{where}: {text}"
    assert lines[0].endswith("got -0.1") and lines[1].endswith("got nan"), where
    assert lines[2].endswith("got 1.0") and lines[4].endswith("got 0.0"), where


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercises(lesson):
    text, where = lesson.shown("ex-epsilon"), lesson.where("ex-epsilon")
    moves = [float(v) for v in re.findall(rf"first move ({NUMBER})", text)]
    g = F(1, 10**8)
    for eps, got in zip((F(1, 10**8), F(1, 10**12)), moves, strict=True):
        assert_close(got, float(-F(1, 100) * g / (g + eps)), 5.1e-7, "move", where)

    text, where = lesson.shown("ex-uncorrected"), lesson.where("ex-uncorrected")

    def factor(t):
        return (1 - F(9, 10) ** t) / math.sqrt(1 - 0.999**t)

    peak = max(range(1, 2001), key=lambda t: float(factor(t)))
    assert_close(numbers(text.splitlines()[0])[-1], math.sqrt(10), 5.1e-5, "t=1", where)
    got_t, got_factor = numbers(text.splitlines()[1])
    assert int(got_t) == peak, f"{where}: peak at {got_t}, oracle {peak}"
    assert_close(got_factor, float(factor(peak)), 5.1e-5, "peak", where)
    assert_close(
        numbers(text.splitlines()[2])[-1], float(factor(2000)), 5.1e-5, "", where
    )

    text, where = lesson.shown("ex-scaled-loss"), lesson.where("ex-scaled-loss")
    path = adam_oracle(valley_grad, (10.0, 1.0), 1.0, 50)
    lines = text.splitlines()
    for line in lines[:2]:
        got = numbers(line.split(":")[1])
        assert_close(got[0], path[-1][0], 5.1e-7, "x after 50", where)
        assert_close(got[1], path[-1][1], 5.1e-7, "y after 50", where)
    assert float(numbers(lines[2])[-1]) < 1e-7, f"{where}: paths differ: {lines[2]}"
    x5 = float(F(10) * (1 - 2000 * F(9, 100)) ** 5)
    assert_sig(numbers(lines[3])[-1], x5, 3, "descent on 1000 f", where)


def test_exercise_answer_boxes(lesson):
    boxes = lesson.answer_boxes()
    assert set(boxes) == {"adam-ex1", "adam-ex2", "adam-ex3"}, sorted(boxes)
    assert_answer_box(boxes["adam-ex1"], 0.005, 0.005e-3)  # η/2, exactly
    peak = max((1 - 0.9**t) / math.sqrt(1 - 0.999**t) for t in range(1, 2001))
    assert_answer_box(boxes["adam-ex2"], peak, peak * 1e-3)
    x = lesson.evaluate("ex-scaled-loss", "float(x_after_50)")
    oracle = adam_oracle(valley_grad, (10.0, 1.0), 1.0, 50)[-1][0]
    assert abs(x - oracle) < 1e-7, f"x after 50 steps {x}, oracle {oracle}"
    assert_answer_box(boxes["adam-ex3"], x, abs(x) * 1e-3)


def test_valley_figure_caption(lesson):
    """Adam (η = 0.1) moves in steps of about 0.1 and is still far from the
    minimum after 30 steps; momentum's strides are longer than descent's."""
    path = adam_oracle(valley_grad, (10.0, 1.0), 0.1, 30)
    moves = np.abs(np.diff(np.array(path), axis=0))
    assert moves.max() < 0.15 and np.median(moves[:, 0]) > 0.05, moves
    assert valley_f(*path[-1]) > 25, path[-1]
    ball = [heavy_ball_exact(F(9, 100), F(1, 2), k) for k in range(31)]
    plain = [descent_exact(F(9, 100), k) for k in range(31)]

    def longest(points):
        return max(abs(a[0] - b[0]) for a, b in itertools.pairwise(points))

    assert longest(ball) > longest(plain)
    caption = lesson.shown("valley-figure")
    assert "Adam (η = 0.1) moves in short steps of about 0.1" in caption


def test_page_size_and_figures(lesson):
    lesson.assert_figures_within_budget(figures=2)


def test_every_gradient_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "∇f(x, y) = (2x, 20y) at (3, −1.5)",
            "∇L = (2/n)X̃ᵀ(X̃θ − y) at θ = (0.5, 0.002, 0.3)",
            "backpropagation gradient of the 33 network parameters at a random θ",
            "d(10⁻⁸ w)/dw = 10⁻⁸ at w = 0.5",
            "∇(1000 f) = (2000x, 20000y) at (3, −1.5)",
        ],
    )
