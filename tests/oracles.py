"""The oracles of the lessons' tests, each written once, and the readers of what
a listing printed.

An oracle never imports the code it checks: nothing here comes from snippets/.

- Central differences: `derivative` (f′(x)), `partial` (∂f/∂xᵢ of f(x₁, …)),
  `gradient` (∇f at an array of any shape), `jacobian` (column by column). Given
  a `Fraction` step and `Fraction` inputs, `derivative` and `partial` are exact
  rational arithmetic (exact outright for a quadratic).
- Reading printed text: `NUMBER`, `numbers`, `search`, `losses_by_step`,
  `refusals`, `lab_frames`;
  comparing with an oracle: `assert_close`, `assert_sig`.
- Data and models more than one page uses, regenerated from the seeds and recipes
  the pages state (the question, not its output): the XOR cloud and its 2 → h → 1
  network, the line of the stochastic-gradient pages and mini-batch descent on it,
  the badly scaled features of the troubleshooting page.
"""

from __future__ import annotations

import html
import json
import math
import re
from fractions import Fraction
from functools import cache

import numpy as np

# ── Central differences ──────────────────────────────────────────────────────


def derivative(f, x, h=1e-6):
    """f′(x) by the central difference (f(x + h) − f(x − h)) / 2h."""
    return (f(x + h) - f(x - h)) / (2 * h)


def partial(f, args, i, h=1e-6):
    """∂f/∂xᵢ of f(*args) at `args`, the other arguments held fixed."""
    args = list(args)
    return derivative(lambda v: f(*args[:i], v, *args[i + 1 :]), args[i], h)


def gradient(f, x, h=1e-6) -> np.ndarray:
    """∇f at x, an array of any shape, one entry at a time (float arithmetic)."""
    x = np.array(x, dtype=float)
    out = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        e = np.zeros_like(x)
        e[i] = h
        out[i] = (f(x + e) - f(x - e)) / (2 * h)
    return out


def jacobian(f, x, h=1e-6) -> np.ndarray:
    """The Jacobian of a vector function f at a vector x, column j from
    moving x_j alone."""
    x = np.asarray(x, dtype=float)
    columns = []
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = h
        columns.append((np.asarray(f(x + e)) - np.asarray(f(x - e))) / (2 * h))
    return np.column_stack(columns)


# ── Reading what a listing printed ───────────────────────────────────────────

NUMBER = r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?"  # 3, -0.25, +1.5e-08


def numbers(text: str) -> list[float]:
    """Every number in printed text, in order."""
    return [float(x) for x in re.findall(NUMBER, text)]


def search(pattern: str, text: str, where: str, flags=0) -> re.Match:
    """The first match of `pattern` in printed text; fails naming the page's
    line when there is none."""
    found = re.search(pattern, text, flags)
    assert found, f"{where}: /{pattern}/ not in\n{text}"
    return found


def losses_by_step(text: str, where: str) -> dict[int, float]:
    """The 'step k: loss v' lines of a training run, as {k: v}."""
    found = {int(s): float(v) for s, v in re.findall(r"step\s+(\d+): loss (\S+)", text)}
    assert found, f"{where}: no 'step k: loss v' lines in\n{text}"
    return found


def refusals(text: str, where: str) -> list[str]:
    """The messages of a listing that shows bad calls refused: its lines come
    in pairs, '<call> -> ValueError:' and then the message."""
    lines = text.splitlines()
    heads, messages = lines[0::2], lines[1::2]
    assert len(heads) == len(messages), f"{where}: {lines}"
    assert all(h.endswith(" -> ValueError:") for h in heads), f"{where}: {lines}"
    return messages


def lab_frames(shown: str, where: str) -> dict:
    """What a lab ships for its script: the JSON of its data-frames attribute."""
    data = re.search(r'data-frames="([^"]*)"', shown)
    assert data, f"{where}: no frames in the lab"
    return json.loads(html.unescape(data.group(1)))


# ── Comparing with an oracle ─────────────────────────────────────────────────


def assert_close(got, want, tol, what, where):
    """|got − want| ≤ tol; for arrays, of one shape and entry by entry."""
    if np.ndim(got) == np.ndim(want) == 0:
        assert abs(got - want) <= tol, (
            f"{where}: {what}: expected {want!r} ± {tol}, got {got!r}"
        )
        return
    got, want = np.asarray(got, dtype=float), np.asarray(want, dtype=float)
    assert got.shape == want.shape, (
        f"{where}: {what}: shape {got.shape}, expected {want.shape}"
    )
    worst = float(np.max(np.abs(got - want)))
    assert worst <= tol, f"{where}: {what}: off by {worst} > {tol}\n{got}\n{want}"


def assert_sig(got, want, digits: int, what: str, where: str):
    """`got`, printed with `digits` significant digits, is `want` rounded."""
    if want == 0:
        assert got == 0, f"{where}: {what}: expected 0, got {got}"
        return
    tol = 0.51 * 10 ** (math.floor(math.log10(abs(want))) - digits + 1)
    assert_close(got, want, tol, what, where)


# ── Models ───────────────────────────────────────────────────────────────────


def design(X) -> np.ndarray:
    """The design matrix X̃ = [X 1]: the inputs with a column of ones appended,
    so that θ = (w, b) acts as X̃θ."""
    X = np.asarray(X, dtype=float)
    return np.column_stack([X, np.ones(len(X))])


def log_loss(p, y) -> float:
    """Mean cross-entropy of predicted probabilities p of label 1, labels y in {0, 1}."""
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def softmax(z) -> list[float]:
    """Probabilities from scores, in Python floats (largest score shifted to 0)."""
    top = max(z)
    exps = [math.exp(v - top) for v in z]
    total = sum(exps)
    return [e / total for e in exps]


# ── The XOR cloud and its small network (a-small-network, Jacobians, Adam) ───


def xor_data():
    """200 points, 50 around each corner (±1, ±1), labelled 1 where the signs differ."""
    rng = np.random.default_rng(0)
    signs = np.array([[-1, -1], [-1, 1], [1, -1], [1, 1]], dtype=float)
    X = np.repeat(signs, 50, axis=0) + rng.normal(scale=0.35, size=(200, 2))
    return X, np.repeat([0.0, 1.0, 1.0, 0.0], 50)


def xor_start(hidden=8, seed=1) -> np.ndarray:
    """The seeded starting θ: W1 (row by row), b1 = 0, w2 (scaled by 1/√h), b2 = 0."""
    rng = np.random.default_rng(seed)
    W1 = rng.normal(size=(2, hidden))
    w2 = rng.normal(size=hidden) / math.sqrt(hidden)
    return np.concatenate([W1.ravel(), np.zeros(hidden), w2, [0.0]])


def xor_probabilities(theta, X, hidden=8, activation=np.tanh) -> np.ndarray:
    """p(label 1) of 2 → hidden (activation) → 1 (sigmoid), written out plainly;
    theta holds W1 (row by row), b1, w2 and b2, in that order."""
    W1 = theta[: 2 * hidden].reshape(2, hidden)
    b1 = theta[2 * hidden : 3 * hidden]
    w2 = theta[3 * hidden : 4 * hidden]
    b2 = theta[4 * hidden]
    return 1 / (1 + np.exp(-(activation(X @ W1 + b1) @ w2 + b2)))


def xor_loss(theta, X, y, hidden=8) -> float:
    """Cross-entropy of the tanh network."""
    return log_loss(xor_probabilities(theta, X, hidden), y)


# ── A noisy line and mini-batch descent (stochastic GD, learning-rate schedules)


LINE_N = 40


def line_data():
    """40 points around y = 1.5x − 0.5, x uniform on [−2, 2], noise sd 0.5."""
    rng = np.random.default_rng(3)
    x = rng.uniform(-2, 2, size=LINE_N)
    y = 1.5 * x - 0.5 + rng.normal(scale=0.5, size=LINE_N)
    return x, y


@cache
def line_minimiser() -> tuple[Fraction, Fraction]:
    """Least squares in exact arithmetic: the normal equations of ŷ = w x + b."""
    x, y = line_data()
    xs, ys = [Fraction(v) for v in x], [Fraction(v) for v in y]
    sx, sy = sum(xs), sum(ys)
    sxx = sum(v * v for v in xs)
    sxy = sum(a * b for a, b in zip(xs, ys, strict=True))
    w = (LINE_N * sxy - sx * sy) / (LINE_N * sxx - sx * sx)
    return w, (sy - w * sx) / LINE_N


def excess_loss(theta) -> float:
    """L(θ) − L(θ*) = uᵀ (X̃ᵀX̃/n) u, with u = θ − θ*, for least squares on the line."""
    X_tilde = design(line_data()[0])
    u = np.asarray(theta, dtype=float) - [float(v) for v in line_minimiser()]
    return float(u @ (X_tilde.T @ X_tilde / LINE_N) @ u)


def minibatch_path(rate, batch_size, epochs, seed) -> list[np.ndarray]:
    """θ_0 = 0, θ_1, … of θ ← θ − η_t (2/|b|) X̃_bᵀ(X̃_b θ − y_b), in matrix form,
    the batches of each epoch cut from default_rng(seed).permutation(n);
    `rate(t)` is η_t at step t."""
    x, y = line_data()
    X_tilde = design(x)
    rng = np.random.default_rng(seed)
    theta, path = np.zeros(2), []
    path.append(theta)
    for _ in range(epochs):
        order = rng.permutation(LINE_N)
        for start in range(0, LINE_N, batch_size):
            rows = order[start : start + batch_size]
            X_tilde_b, y_b = X_tilde[rows], y[rows]
            eta = rate(len(path) - 1)
            residual = X_tilde_b @ theta - y_b
            theta = theta - eta * 2 / len(rows) * X_tilde_b.T @ residual
            path.append(theta)
    return path


# ── Badly scaled features (troubleshooting, partial derivatives, Adam) ───────


def scaled_data(n=200):
    """Two features on scales 1 and 1000 and a noisy linear target (sd 0.1)."""
    rng = np.random.default_rng(7)
    X = np.column_stack([rng.uniform(0, 1, n), rng.uniform(0, 1000, n)])
    y = 2 * X[:, 0] + 0.003 * X[:, 1] + 1 + rng.normal(0, 0.1, n)
    return X, y
