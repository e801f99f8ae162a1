"""The stochastic-gradient-descent page, against oracles that do not run the page's code.

- The data are regenerated here from the seed and the distribution the page states;
  the minimiser, L(θ*), the gradients at (0, 0) and the spread s² are computed in
  exact Fraction arithmetic from those floats.
- Unbiasedness: with the partition given by the stated seed, the mean of the batch
  gradients equals the full gradient exactly, in Fractions.
- Variance: the sampling-without-replacement formula (n − B)/(B(n − 1)) s², computed
  exactly; the page's measurement must agree with it and, where the two formulas
  differ enough to tell, be further from the with-replacement s²/B.
- Descent: full-batch descent against the closed form (I − ηH)^k of a quadratic;
  mini-batch runs against the recurrence θ ← θ − η (2/|b|) A_bᵀ(A_b θ − y_b)
  written here in matrix form, on the stated shuffles.
- The floor over ten seeds: the reshuffled runs against the recurrence above, the
  runs with replacement against the same recurrence with batches of independent
  picks; and the expected floor with replacement, from the stationary second
  moment of θ − θ*, which solves a Lyapunov-type linear equation (computed exactly
  here): its ratio for η = 0.1 and 0.02 must lie within the printed range.
- Bad input: `sgd`, run in a reader's Python after the page's listings, raises
  ValueError.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import numpy as np

from oracles import (
    LINE_N,
    NUMBER,
    assert_close,
    assert_sig,
    design,
    excess_loss,
    line_data,
    line_minimiser,
    minibatch_path,
    numbers,
    refusals,
)
from page_widgets import assert_answer_box

N = LINE_N


def exact_data():
    x, y = line_data()
    return [Fraction(v) for v in x], [Fraction(v) for v in y]


def exact_example_gradients(theta, indices=range(N)):
    xs, ys = exact_data()
    w, b = theta
    return [
        (2 * (w * xs[i] + b - ys[i]) * xs[i], 2 * (w * xs[i] + b - ys[i]))
        for i in indices
    ]


def exact_mean(vectors):
    vectors = list(vectors)
    return tuple(sum(v[k] for v in vectors) / len(vectors) for k in range(2))


def exact_spread():
    """s² = (1/n) Σ ‖∇ℓ_i − ∇L‖² at the exact minimiser."""
    grads = exact_example_gradients(line_minimiser())
    full = exact_mean(grads)
    return sum((g[0] - full[0]) ** 2 + (g[1] - full[1]) ** 2 for g in grads) / N


def minibatch_run(eta, batch_size, epochs, seed):
    """The recurrence in matrix form; returns final θ and excess loss per step."""
    path = minibatch_path(lambda t: eta, batch_size, epochs, seed)
    return path[-1], [excess_loss(theta) for theta in path]


def full_batch_excess(eta, steps):
    """Gradient descent on a quadratic: θ_k − θ* = (I − ηH)^k (θ_0 − θ*)."""
    x, _ = line_data()
    A = design(x)
    H = 2 / N * A.T @ A
    start = -np.array([float(v) for v in line_minimiser()])
    M = np.eye(2) - eta * H
    out, delta = [], start
    for _ in range(steps + 1):
        out.append(float(delta @ (H / 2) @ delta))
        delta = M @ delta
    return out


# ── Data and gradients ───────────────────────────────────────────────────────


def test_data_and_minimiser(lesson):
    where = lesson.where("data")
    text = lesson.shown("data")
    x, _ = line_data()
    assert f"{N} examples, x from {x.min():.3f} to {x.max():.3f}" in text, where
    w, b = line_minimiser()
    found = re.search(rf"= \(({NUMBER}), ({NUMBER})\)", text)
    assert_close(float(found[1]), float(w), 5.1e-7, "w*", where)
    assert_close(float(found[2]), float(b), 5.1e-7, "b*", where)
    # The fit lands near the line the data were drawn around, as the prose says.
    assert abs(float(w) - 1.5) < 0.1 and abs(float(b) + 0.5) < 0.1, where


def test_gradients_at_zero_and_at_the_minimiser(lesson):
    where = lesson.where("gradients")
    text = lesson.shown("gradients")
    xs, ys = exact_data()
    w, b = line_minimiser()
    loss_best = sum((w * a + b - c) ** 2 for a, c in zip(xs, ys, strict=True)) / N
    assert_close(
        float(re.search(rf"L\(θ\*\) = ({NUMBER})", text)[1]),
        float(loss_best),
        5.1e-7,
        "L(θ*)",
        where,
    )
    at_best = re.search(rf"∇L\(θ\*\)\s+= \(({NUMBER}), ({NUMBER})\)", text)
    assert max(abs(float(v)) for v in at_best.groups()) < 1e-14, (
        f"{where}: {at_best[0]}"
    )
    # At θ = 0 every residual is −y_i: ∇L = (−2 mean(x y), −2 mean(y)), ∇ℓ₁ = −2y₁(x₁, 1).
    full = (
        -2 * sum(a * c for a, c in zip(xs, ys, strict=True)) / N,
        -2 * sum(ys) / N,
    )
    first = (-2 * ys[0] * xs[0], -2 * ys[0])
    for label, want in (("∇L\\(0, 0\\)", full), ("∇ℓ_1\\(0, 0\\)", first)):
        found = re.search(rf"{label}\s+= \(({NUMBER}), ({NUMBER})\)", text)
        for got, exact in zip(found.groups(), want, strict=True):
            assert_close(float(got), float(exact), 5.1e-7, label, where)
    ratio = float(re.search(rf"over length of ∇L\(0, 0\): ({NUMBER})", text)[1])
    want = np.hypot(*map(float, first)) / np.hypot(*map(float, full))
    assert_close(ratio, want, 0.0051, "length ratio", where)
    assert ratio > 2, f"{where}: 'several times longer'"
    # 'points in another direction': the angle between them is well away from 0.
    cos = sum(float(a) * float(b) for a, b in zip(first, full, strict=True)) / (
        np.hypot(*map(float, first)) * np.hypot(*map(float, full))
    )
    assert cos < 0.99, f"{where}: ∇ℓ₁ and ∇L point the same way (cos {cos})"
    angle = float(re.search(rf"and ∇L\(0, 0\): ({NUMBER})°$", text, re.M)[1])
    assert_close(angle, float(np.degrees(np.arccos(cos))), 0.051, "angle", where)


def test_every_derivative_is_verified(lesson):
    lesson.assert_checks_named(
        ["∇L(θ) at θ = (0.8, 0.3)", "∇ℓ₁(θ) = 2r₁(x₁, 1) at θ = (0.8, 0.3)"],
    )


# ── Unbiased: the mean of the batch gradients is the full gradient ─────────


def test_mean_of_a_partitions_batch_gradients_is_exactly_the_full_gradient(lesson):
    where = lesson.where("batches")
    text = lesson.shown("batches")
    batches = np.random.default_rng(0).permutation(N).reshape(5, 8)
    zero = (Fraction(0), Fraction(0))
    batch_means = [
        exact_mean(exact_example_gradients(zero, batch)) for batch in batches
    ]
    full = exact_mean(exact_example_gradients(zero))
    # The identity, exactly: (1/5) Σ_k (1/8) Σ_{i∈B_k} ∇ℓ_i = (1/40) Σ_i ∇ℓ_i.
    assert exact_mean(batch_means) == full
    rows = re.findall(rf"batch (\d): gradient \(({NUMBER}), ({NUMBER})\)", text)
    assert [int(r[0]) for r in rows] == [1, 2, 3, 4, 5], f"{where}: {rows}"
    for (_, gw, gb), exact in zip(rows, batch_means, strict=True):
        assert_close(float(gw), float(exact[0]), 5.1e-7, "batch ∂/∂w", where)
        assert_close(float(gb), float(exact[1]), 5.1e-7, "batch ∂/∂b", where)
    for label in ("mean of the 5", "full gradient"):
        found = re.search(rf"{label}:\s+\(({NUMBER}), ({NUMBER})\)", text)
        for got, exact in zip(found.groups(), full, strict=True):
            assert_close(float(got), float(exact), 5.1e-7, label, where)
    difference = float(re.search(rf"largest difference: ({NUMBER})", text)[1])
    assert difference < 1e-14, f"{where}: difference {difference} is not rounding"
    # The prose: batch 2's b-component is more than twice the true one.
    assert batch_means[1][1] > 2 * full[1] > 0, where


# ── Variance of a batch gradient ─────────────────────────────────────────────


def variance_rows(text: str) -> dict[int, tuple[float, float, float]]:
    rows = re.findall(
        rf"^\s*(\d+)\s+({NUMBER})\s+({NUMBER})\s+({NUMBER})\s*$", text, re.M
    )
    return {int(r[0]): tuple(map(float, r[1:])) for r in rows}


def test_variance_follows_the_without_replacement_formula(lesson):
    where = lesson.where("variance")
    text = lesson.shown("variance")
    spread = exact_spread()
    assert_close(
        float(re.search(rf"s² = ({NUMBER})", text)[1]),
        float(spread),
        5.1e-7,
        "s²",
        where,
    )
    rows = variance_rows(text)
    assert sorted(rows) == [1, 2, 4, 5, 8, 10, 20, 40], f"{where}: {sorted(rows)}"
    for size, (measured, formula, with_replacement) in rows.items():
        exact = Fraction(N - size, size * (N - 1)) * spread
        assert_sig(formula, float(exact), 4, f"formula at B = {size}", where)
        assert_sig(
            with_replacement, float(spread / size), 4, f"s²/B at B = {size}", where
        )
        if size == N:
            assert exact == 0 and measured < 1e-25, f"{where}: B = n: {measured}"
            continue
        # 500 shuffles: the measured mean lands within a few percent of the formula.
        assert abs(measured / float(exact) - 1) < 0.08, (
            f"{where}: B = {size}: {measured} vs {exact}"
        )
        if size >= 8:  # where the two formulas differ by 20 % or more
            assert abs(measured - float(exact)) < abs(
                measured - float(spread / size)
            ), f"{where}: B = {size}: measured {measured} is nearer s²/B"
    # The prose: at B = 20 the measurement is half of s²/B.
    assert abs(rows[20][0] / rows[20][2] - 0.5) < 0.03, where


def test_figures_are_described(lesson):
    for block_id in ("variance-figure", "floor-figure"):
        lesson.assert_figure_described(block_id)
    lesson.assert_figures_within_budget(figures=2)


# ── Mini-batch descent and the noise floor ───────────────────────────────────


def test_two_epochs_of_minibatch_descent(lesson):
    where = lesson.where("sgd")
    text = lesson.shown("sgd")
    assert "n = 40, B = 4: 10 steps per epoch, 20 steps in 2 epochs" in text, where
    theta, excess = minibatch_run(0.1, 4, 2, seed=0)
    found = re.search(rf"θ = \(({NUMBER}), ({NUMBER})\)", text)
    for got, want in zip(map(float, found.groups()), theta, strict=True):
        assert_close(got, want, 5.1e-7, "θ after 2 epochs", where)
    start, now = map(
        float, re.search(rf"({NUMBER}) at the start, ({NUMBER}) now", text).groups()
    )
    xs, ys = exact_data()
    w, b = line_minimiser()
    exact_start = (
        sum(c * c for c in ys) / N
        - sum((w * a + b - c) ** 2 for a, c in zip(xs, ys, strict=True)) / N
    )
    assert_close(start, float(exact_start), 5.1e-7, "excess loss at θ = 0", where)
    assert_close(now, excess[-1], 5.1e-7, "excess loss after 2 epochs", where)
    # The prose: from about 3.3 to a few ten-thousandths.
    assert round(start, 1) == 3.3 and 1e-4 <= now < 1e-3, where


def epoch_means(excess, epochs=30):
    return np.mean(np.reshape(excess[1:], (epochs, -1)), axis=1)


def test_noise_floor(lesson):
    where = lesson.where("floor")
    text = lesson.shown("floor")
    epochs = [1, 2, 5, 10, 20, 30]
    header = re.search(r"^\s+1\s+2\s+5\s+10\s+20\s+30$", text, re.M)
    assert header, f"{where}: no epoch header in\n{text}"
    oracle = {
        "B = 40, η = 0.1": np.array(
            full_batch_excess(0.1, 30)[1:]
        ),  # one step per epoch
        "B = 4, η = 0.1": epoch_means(minibatch_run(0.1, 4, 30, seed=0)[1]),
        "B = 4, η = 0.02": epoch_means(minibatch_run(0.02, 4, 30, seed=0)[1]),
    }
    for name, per_epoch in oracle.items():
        row = re.search(rf"^{re.escape(name)} *:((?:\s+{NUMBER})+)$", text, re.M)
        assert row, f"{where}: no row {name!r} in\n{text}"
        got = numbers(row[1])
        for epoch, value in zip(epochs, got, strict=True):
            assert_sig(value, per_epoch[epoch - 1], 3, f"{name} epoch {epoch}", where)
        last = re.search(rf"^  {re.escape(name)} *: ({NUMBER})$", text, re.M)
        assert_sig(
            float(last[1]), float(np.mean(per_epoch[20:])), 3, f"{name} floor", where
        )
    full, fast, slow = oracle.values()
    # The prose, claim by claim.
    assert all(np.diff(full) < 0), f"{where}: full batch does not keep falling"
    assert 1e-8 < full[29] < 1e-6, f"{where}: full batch after 30 epochs: {full[29]}"
    assert fast[0] < full[0] / 4, f"{where}: mini-batch not far ahead after one epoch"
    assert all(5e-3 < fast[e - 1] < 2e-2 for e in epochs[1:]), (
        f"{where}: no plateau near 1e-2"
    )
    assert slow[0] > fast[0] and slow[1] > fast[1], (
        f"{where}: η = 0.02 does not start slower"
    )
    ratio = np.mean(fast[20:]) / np.mean(slow[20:])
    assert 15 < ratio < 25, (
        f"{where}: η = 0.02's floor is {ratio:.1f} times lower, not about 20"
    )
    printed = re.search(rf"over floor of η = 0.02: ({NUMBER})$", text, re.M)
    assert printed, f"{where}: no ratio of the floors in\n{text}"
    assert_close(float(printed[1]), ratio, 0.051, "ratio of the floors", where)


# ── The noise floor over ten seeds, with and without replacement ─────────────


def with_replacement_path(eta, batch_size, epochs, seed) -> list[np.ndarray]:
    """θ ← θ − η (2/B) A_bᵀ(A_b θ − y_b), in matrix form, each batch B
    independent picks default_rng(seed).integers(n, size=B), n/B steps an epoch."""
    x, y = line_data()
    A = design(x)
    rng = np.random.default_rng(seed)
    theta, path = np.zeros(2), [np.zeros(2)]
    for _ in range(epochs * (N // batch_size)):
        rows = rng.integers(N, size=batch_size)
        theta = theta - eta * 2 / batch_size * A[rows].T @ (A[rows] @ theta - y[rows])
        path.append(theta)
    return path


def floor_of(path) -> float:
    """Mean excess loss over epochs 21-30 of 10 steps: steps 201 to 300."""
    assert len(path) == 301
    return float(np.mean([excess_loss(theta) for theta in path[201:]]))


def second_moment_map(eta, batch_size=4):
    """With replacement, u = θ − θ* evolves as u ← (I − η G) u − η c, where a
    pick i contributes G_i = 2 a_i a_iᵀ and c_i = 2 r*_i a_i (a_i = (x_i, 1), r*
    the residuals at θ*), and G, c are means over B independent picks. Since
    E[c] = ∇L(θ*) = 0, and the mean E[u] → 0, the second moment S = E[u uᵀ]
    evolves as S ← K(S) + η² C / B, with K(S) = S − η(HS + SH)
    + η² ((1/B) E[G_i S G_i] + (1 − 1/B) H S H) and C = E[c_i c_iᵀ].
    Returns K as a 4 × 4 matrix on vec(S) (row-major) and η² vec(C)/B."""
    x, y = line_data()
    A = design(x)
    residual = A @ [float(v) for v in line_minimiser()] - y
    G = [2 * np.outer(a, a) for a in A]
    H = sum(G) / N
    C = sum(4 * r * r * np.outer(a, a) for a, r in zip(A, residual, strict=True)) / N
    eye = np.eye(2)
    K = (
        np.eye(4)
        - eta * (np.kron(H, eye) + np.kron(eye, H))
        + eta**2
        * (
            sum(np.kron(g, g) for g in G) / N / batch_size
            + (1 - 1 / batch_size) * np.kron(H, H)
        )
    )
    return K, eta**2 * C.reshape(-1) / batch_size, H


def stationary_floor(eta) -> float:
    """The expected excess loss E[uᵀ (H/2) u] = tr((H/2) S) at the stationary S
    of the Lyapunov-type equation S = K(S) + η² C / B, a 4 × 4 linear system."""
    K, source, H = second_moment_map(eta)
    S = np.linalg.solve(np.eye(4) - K, source).reshape(2, 2)
    return float(np.trace(H / 2 @ S))


def test_floor_ratio_over_ten_seeds(lesson):
    where = lesson.where("floor-seeds")
    text = lesson.shown("floor-seeds")
    rows = re.findall(rf"^\s*(\d+)\s+({NUMBER})\s+({NUMBER})$", text, re.M)
    assert [int(r[0]) for r in rows] == list(range(10)), f"{where}: {text}"
    reshuffled = [float(r[1]) for r in rows]
    replaced = [float(r[2]) for r in rows]
    runs = {
        "reshuffled": lambda eta, seed: minibatch_path(lambda t: eta, 4, 30, seed),
        "with replacement": lambda eta, seed: with_replacement_path(eta, 4, 30, seed),
    }
    floors = {name: [] for name in runs}
    for name, printed in (("reshuffled", reshuffled), ("with replacement", replaced)):
        for seed, got in enumerate(printed):
            fast, slow = (floor_of(runs[name](eta, seed)) for eta in (0.1, 0.02))
            floors[name].append((fast, slow))
            assert_close(got, fast / slow, 0.051, f"{name}, seed {seed}", where)
    for name, values in (("reshuffled", reshuffled), ("with replacement", replaced)):
        found = re.search(
            rf"^{name}, 10 seeds: from ({NUMBER}) to ({NUMBER})$", text, re.M
        )
        assert found, f"{where}: no range for {name} in\n{text}"
        assert [float(v) for v in found.groups()] == [min(values), max(values)], where
    # Seed 0 reshuffled is the run of the listing above.
    above = re.search(
        rf"over floor of η = 0.02: ({NUMBER})$", lesson.shown("floor"), re.M
    )
    assert float(above[1]) == reshuffled[0], f"{where}: seed 0 is not the run above"

    # The oracle: with replacement the expected floors solve a Lyapunov-type
    # equation exactly. The start is forgotten by epoch 21: K^200 is negligible.
    for eta in (0.1, 0.02):
        K = second_moment_map(eta)[0]
        assert np.abs(np.linalg.eigvals(K)).max() ** 200 < 1e-4, eta
    expected = {eta: stationary_floor(eta) for eta in (0.1, 0.02)}
    ratio = expected[0.1] / expected[0.02]
    assert 5 < ratio < 6, ratio  # near the η ratio 5, not 25: the floor ∝ η
    assert min(replaced) <= ratio <= max(replaced), (
        f"{where}: the expected ratio {ratio:.2f} is outside {min(replaced)}-"
        f"{max(replaced)}"
    )
    # Ten seeds of a hundred correlated steps: their mean floors are near the
    # expected ones (the runs and the equation describe the same process).
    for k, eta in enumerate((0.1, 0.02)):
        mean = np.mean([pair[k] for pair in floors["with replacement"]])
        assert abs(mean / expected[eta] - 1) < 0.25, (eta, mean, expected[eta])
    # The prose, claim by claim: with replacement every ratio is nearer 5 than
    # 25, reshuffled every ratio nearer 25 (on a linear and on a log scale),
    # and reshuffled is the larger in every seed.
    for r in replaced:
        assert abs(r - 5) < abs(r - 25) and r < math.sqrt(5 * 25), f"{where}: {r}"
    for r in reshuffled:
        assert abs(r - 25) < abs(r - 5) and r > math.sqrt(5 * 25), f"{where}: {r}"
    assert all(a > b for a, b in zip(reshuffled, replaced, strict=True)), where


BAD_CALLS = """
for label, args in [
    ("batch 41", (x, y, 0.1, 41, 1, 0)),
    ("batch 0", (x, y, 0.1, 0, 1, 0)),
    ("batch 2.5", (x, y, 0.1, 2.5, 1, 0)),
    ("rate -0.1", (x, y, -0.1, 4, 1, 0)),
    ("rate 0", (x, y, 0.0, 4, 1, 0)),
    ("rate nan", (x, y, float("nan"), 4, 1, 0)),
    ("rate inf", (x, y, float("inf"), 4, 1, 0)),
]:
    try:
        sgd(*args)
        print(label, "no error")
    except ValueError as error:
        print(label, "ValueError", error)
sgd(x, y, 0.1, 40, 1, 0)
print("good call ran")
"""


def test_sgd_rejects_bad_input(lesson):
    where = lesson.where("sgd")
    lines = lesson.probe("sgd", BAD_CALLS).splitlines()
    assert len(lines) == 8, f"{where}: {lines}"
    for line in lines[:3]:
        assert " ValueError batch_size " in line, f"{where}: {line}"
    for line in lines[3:7]:
        assert " ValueError learning_rate " in line, f"{where}: {line}"
    assert lines[7] == "good call ran", f"{where}: {lines[7]}"


def test_page_shows_the_bad_input_errors(lesson):
    where = lesson.where("bad-input")
    messages = refusals(lesson.shown("bad-input"), where)
    assert len(messages) == 3, f"{where}: {messages}"
    assert "n = 40, got 50" in messages[0], f"{where}: {messages}"
    assert messages[1].endswith("got -0.1") and messages[2].endswith("got nan"), (
        f"{where}: {messages}"
    )


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercise_variance_factor(lesson):
    where = lesson.where("ex-variance-factor")
    text = lesson.shown("ex-variance-factor")
    factor = Fraction(N - 1) * 10 / (N - 10)
    assert factor == 13
    assert "= 39 · 10 / 30 = 13\n" in text, f"{where}: {text}"
    rows = variance_rows(lesson.shown("variance"))
    observed = float(re.search(rf"measured \(500 shuffles\): ({NUMBER})", text)[1])
    assert_close(observed, rows[1][0] / rows[10][0], 0.02, "measured ratio", where)
    assert "with replacement it would be B = 10" in text, where


def test_exercise_uneven_batches(lesson):
    where = lesson.where("ex-uneven-batches")
    text = lesson.shown("ex-uneven-batches")
    order = np.random.default_rng(0).permutation(N)
    batches = [order[s : s + 16] for s in range(0, N, 16)]
    zero = (Fraction(0), Fraction(0))
    grads = [exact_mean(exact_example_gradients(zero, batch)) for batch in batches]
    sizes = [len(batch) for batch in batches]
    assert sizes == [16, 16, 8] and "batch sizes: [16, 16, 8]" in text, where
    plain = exact_mean(grads)
    weighted = tuple(
        sum(k * g[c] for k, g in zip(sizes, grads, strict=True)) / N for c in range(2)
    )
    full = exact_mean(exact_example_gradients(zero))
    assert weighted == full and plain != full
    for label, want in (
        ("plain mean", plain),
        ("weighted by", weighted),
        ("full gradient", full),
    ):
        found = re.search(rf"{label}.*?\(({NUMBER}), ({NUMBER})\)", text)
        for got, exact in zip(found.groups(), want, strict=True):
            assert_close(float(got), float(exact), 5.1e-7, label, where)


def test_exercise_with_replacement(lesson):
    where = lesson.where("ex-with-replacement")
    text = lesson.shown("ex-with-replacement")
    spread = exact_spread()
    ratio = Fraction(N - 1, N - 4)
    assert_sig(
        float(re.search(rf"variance: ({NUMBER})", text)[1]),
        float(ratio),
        5,
        "ratio",
        where,
    )
    measured = float(re.search(rf"measured ({NUMBER})", text)[1])
    with_formula = float(spread / 4)
    without = float(Fraction(N - 4, 4 * (N - 1)) * spread)
    assert_sig(
        float(re.search(rf"s²/B = ({NUMBER})", text)[1]), with_formula, 4, "s²/B", where
    )
    assert_sig(
        float(re.search(rf"s² = ({NUMBER})", text)[1]), without, 4, "without", where
    )
    # 20 000 batches: within 2 % of s²/B, and nearer it than the smaller formula.
    assert abs(measured / with_formula - 1) < 0.02, (
        f"{where}: {measured} vs {with_formula}"
    )
    assert abs(measured - with_formula) < abs(measured - without), where


def test_exercise_answer_boxes(lesson):
    boxes = lesson.answer_boxes()
    assert set(boxes) == {"sgd-ex1", "sgd-ex2", "sgd-ex3"}, sorted(boxes)
    assert_answer_box(boxes["sgd-ex1"], 13.0, 13e-3)
    order = np.random.default_rng(0).permutation(N)
    zero = (Fraction(0), Fraction(0))
    grads = [
        exact_mean(exact_example_gradients(zero, order[s : s + 16]))
        for s in range(0, N, 16)
    ]
    plain_w = float(exact_mean(grads)[0])
    assert_answer_box(boxes["sgd-ex2"], plain_w, 1e-4 * abs(plain_w))
    ratio = 39 / 36
    assert_answer_box(boxes["sgd-ex3"], ratio, 1e-3 * ratio)
