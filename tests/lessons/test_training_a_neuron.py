"""The training-a-neuron page, against oracles that do not run the page's code.

- The data are regenerated here from the seed and the true weights the page states
  (the question, not its output).
- Gradients: the hand-worked formulas (at w = 0, b = 0 they reduce to sums of the
  data) and central finite differences of a loss written here independently.
- Training: the least-squares solution (np.linalg.lstsq) is the exact minimiser of
  the MSE; log 2 is the cross-entropy of guessing ½; at a minimiser of the
  cross-entropy its gradient vanishes; ridge regression has a closed form.
- Bad input: the training functions, run in a reader's Python after the page's
  listings, must raise ValueError for nan/inf learning rates and mismatched
  shapes.
- What a reader's Python prints for the seeded training runs is what the page
  shows: another process reproduces them.
"""

from __future__ import annotations

import itertools
import math
import re

import numpy as np

from oracles import (
    NUMBER,
    assert_close,
    design,
    gradient,
    log_loss,
    losses_by_step,
    numbers,
    refusals,
)
from page_widgets import assert_answer_box

TRUE_W, TRUE_B, NOISE, N = np.array([2.0, -3.0]), 0.5, 0.1, 100
LOG_TRUE_W, LOG_TRUE_B, LOG_N = np.array([3.0, -2.0]), -0.5, 200


def linear_data():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(N, 2))
    y = X @ TRUE_W + TRUE_B + rng.normal(scale=NOISE, size=N)
    return X, y


def logistic_data():
    rng = np.random.default_rng(11)
    X = rng.normal(size=(LOG_N, 2))
    p = 1 / (1 + np.exp(-(X @ LOG_TRUE_W + LOG_TRUE_B)))
    y = (rng.random(LOG_N) < p).astype(float)
    return X, y


def mse(theta, X, y):
    return float(np.mean((design(X) @ theta - y) ** 2))


def cross_entropy(theta, X, y):
    return log_loss(1 / (1 + np.exp(-(design(X) @ theta))), y)


def logistic_descent(learning_rate, steps):
    """Full-batch gradient descent on the cross-entropy from w = 0, b = 0, with
    the hand-worked gradient X̃ᵀ(σ(X̃θ) − y)/n; returns (w1, w2, b)."""
    X, y = logistic_data()
    X_tilde = design(X)
    theta = np.zeros(3)
    for _ in range(steps):
        error = 1 / (1 + np.exp(-(X_tilde @ theta))) - y
        theta = theta - learning_rate * X_tilde.T @ error / LOG_N
    return theta


# ── Linear neuron ────────────────────────────────────────────────────────────


def test_linear_data_shows_the_seeded_examples(lesson):
    where = lesson.where("linear-data")
    shown = lesson.shown("linear-data")
    X, y = linear_data()
    rows = re.findall(rf"\(({NUMBER}), ({NUMBER})\) -> ({NUMBER})", shown)
    assert len(rows) == 3, f"{where}: expected 3 example rows, got {shown}"
    for i, row in enumerate(rows):
        want = (X[i, 0], X[i, 1], y[i])
        for got, expected in zip(map(float, row), want, strict=True):
            assert_close(got, expected, 5e-4, f"example {i}", where)


def test_linear_gradient_at_zero_matches_formula_and_finite_differences(lesson):
    where = lesson.where("linear-loss")
    loss, dw1, dw2, db = numbers(
        re.sub(r"w = \(0, 0\), b = 0", "", lesson.shown("linear-loss"))
    )[-4:]
    X, y = linear_data()
    # Hand-worked: at w = 0, b = 0 every residual is -y_i.
    formula = np.append(-2 / N * X.T @ y, -2 * np.mean(y))
    numeric = gradient(lambda t: mse(t, X, y), np.zeros(3))
    assert_close(loss, float(np.mean(y**2)), 1e-6, "loss = mean(y²)", where)
    for got, by_formula, by_differences, name in zip(
        (dw1, dw2, db), formula, numeric, ("dL/dw1", "dL/dw2", "dL/db"), strict=True
    ):
        assert_close(got, by_formula, 1e-6, f"{name} (formula)", where)
        assert_close(got, by_differences, 1e-5, f"{name} (differences)", where)


def test_linear_training_loss_falls_to_the_least_squares_minimum(lesson):
    where = lesson.where("linear-train")
    losses = losses_by_step(lesson.shown("linear-train"), where)
    X, y = linear_data()
    best, *_ = np.linalg.lstsq(design(X), y, rcond=None)
    minimum = mse(best, X, y)
    steps = sorted(losses)
    assert steps == list(range(0, 101, 10)), f"{where}: steps {steps}"
    assert_close(losses[0], float(np.mean(y**2)), 1e-6, "loss at step 0", where)
    for a, b in itertools.pairwise(steps):
        # Full-batch GD on a quadratic with η = 0.1 < 2/λ_max never increases the loss.
        assert losses[b] <= losses[a], (
            f"{where}: loss rose from step {a} ({losses[a]}) to {b} ({losses[b]})"
        )
    assert losses[100] < losses[0] / 100, f"{where}: loss fell less than 100×"
    assert losses[100] >= minimum - 5e-7, f"{where}: below the minimum {minimum}"
    assert_close(losses[100], minimum, 1e-5, "final loss vs least squares", where)


def test_learned_weights_are_least_squares_and_near_the_truth(lesson):
    where = lesson.where("linear-weights")
    rows = re.findall(
        rf"^\s*(w1|w2|b)\s+({NUMBER})\s+({NUMBER})\s+({NUMBER})\s*$",
        lesson.shown("linear-weights"),
        re.M,
    )
    assert [r[0] for r in rows] == ["w1", "w2", "b"], f"{where}: {rows}"
    X, y = linear_data()
    best, *_ = np.linalg.lstsq(design(X), y, rcond=None)
    for (name, true_value, learned, printed_ls), want_true, want_ls in zip(
        rows, [*TRUE_W, TRUE_B], best, strict=True
    ):
        assert_close(float(true_value), want_true, 0, f"true {name}", where)
        # The page says learned and least squares agree to every printed digit.
        assert_close(float(learned), want_ls, 5.1e-5, f"learned {name}", where)
        assert_close(float(printed_ls), want_ls, 5.1e-5, f"lstsq {name}", where)
        assert learned == printed_ls, f"{where}: {name}: {learned} vs {printed_ls}"
        # Noise 0.1 over 100 points: the estimate is within a few hundredths of the truth.
        assert_close(
            float(learned),
            want_true,
            0.05,
            f"learned {name} vs true",
            where,
        )


def test_seeded_training_prints_the_same_numbers_in_another_process(lesson):
    """The build printed the page; a reader's Python, another process, prints
    the same numbers."""
    for block_id in ("linear-train", "logistic-train"):
        printed, shown = lesson.printed(block_id), lesson.shown(block_id)
        assert printed.strip("\n") == shown, (
            f"{lesson.where(block_id)}: a reader's run differs from the page:\n"
            f"{printed}\n{shown}"
        )


BAD_CALLS = """
for label, args in [
    ("nan", ({X}, {y}, float("nan"), 5)),
    ("inf", ({X}, {y}, float("inf"), 5)),
    ("-inf", ({X}, {y}, -float("inf"), 5)),
    ("rows", ({X}[:-1], {y}, 0.1, 5)),
    ("targets", ({X}, {y}[:-1], 0.1, 5)),
]:
    try:
        {train}(*args)
        print(label, "no error")
    except ValueError as error:
        print(label, "ValueError", error)
{train}({X}, {y}, 0.1, 5)
print("good call ran")
"""


def check_bad_calls(output: str, where: str):
    lines = output.splitlines()
    assert len(lines) == 6, f"{where}: {lines}"
    for line, label in zip(
        lines, ["nan", "inf", "-inf", "rows", "targets"], strict=False
    ):
        assert line.startswith(f"{label} ValueError "), f"{where}: {label}: {line}"
    assert "shape" in lines[3] and "shape" in lines[4], (
        f"{where}: message names no shapes"
    )
    assert "learning_rate" in lines[0], f"{where}: message names no learning rate"
    assert lines[5] == "good call ran", f"{where}: {lines[5]}"


def test_training_functions_reject_bad_input(lesson):
    output = lesson.probe(
        "linear-train", BAD_CALLS.format(train="train_linear", X="X", y="y")
    )
    check_bad_calls(output, lesson.where("linear-train"))
    output = lesson.probe(
        "logistic-train", BAD_CALLS.format(train="train_logistic", X="X_cls", y="y_cls")
    )
    check_bad_calls(output, lesson.where("logistic-train"))


def test_page_shows_the_bad_input_errors(lesson):
    where = lesson.where("linear-bad-input")
    messages = refusals(lesson.shown("linear-bad-input"), where)
    assert len(messages) == 3, f"{where}: {messages}"
    assert messages[0].endswith("got nan"), f"{where}: {messages}"
    assert messages[1].endswith("got inf"), f"{where}: {messages}"
    assert "(50, 2)" in messages[2] and "(100,)" in messages[2], f"{where}: {messages}"


# ── Logistic neuron ──────────────────────────────────────────────────────────


def test_logistic_data_counts(lesson):
    where = lesson.where("logistic-data")
    _, y = logistic_data()
    shown = lesson.shown("logistic-data")
    found = re.fullmatch(r"(\d+) examples: (\d+) labelled 1, (\d+) labelled 0", shown)
    assert found, f"{where}: {shown!r}"
    want = (LOG_N, int(y.sum()), LOG_N - int(y.sum()))
    assert tuple(map(int, found.groups())) == want, f"{where}: {shown!r} vs {want}"


def test_logistic_gradient_at_zero_matches_formula_and_finite_differences(lesson):
    where = lesson.where("logistic-loss")
    loss, dw1, dw2, db = numbers(
        re.sub(r"w = \(0, 0\), b = 0", "", lesson.shown("logistic-loss"))
    )[-4:]
    X, y = logistic_data()
    # Hand-worked: at w = 0, b = 0, σ(z) = ½, so the error is ½ - y.
    formula = np.append(X.T @ (0.5 - y) / LOG_N, np.mean(0.5 - y))
    numeric = gradient(lambda t: cross_entropy(t, X, y), np.zeros(3))
    assert_close(loss, math.log(2), 1e-6, "loss = log 2", where)
    for got, by_formula, by_differences, name in zip(
        (dw1, dw2, db), formula, numeric, ("dL/dw1", "dL/dw2", "dL/db"), strict=True
    ):
        assert_close(got, by_formula, 1e-6, f"{name} (formula)", where)
        assert_close(got, by_differences, 1e-5, f"{name} (differences)", where)


def learned_logistic(shown: str, where: str):
    found = re.search(rf"learned w = \(({NUMBER}), ({NUMBER})\), b = ({NUMBER})", shown)
    assert found, f"{where}: no learned weights in\n{shown}"
    return np.array([float(v) for v in found.groups()])


def test_logistic_training_reaches_the_minimum(lesson):
    where = lesson.where("logistic-train")
    shown = lesson.shown("logistic-train")
    losses = losses_by_step(shown, where)
    steps = sorted(losses)
    assert_close(losses[0], math.log(2), 1e-6, "loss at step 0", where)
    for a, b in itertools.pairwise(steps):
        assert losses[b] <= losses[a], f"{where}: loss rose from step {a} to {b}"
    assert losses[steps[-1]] < losses[0] / 2, f"{where}: loss did not halve"

    X, y = logistic_data()
    theta = learned_logistic(shown, where)
    replayed = logistic_descent(learning_rate=1.0, steps=300)
    assert_close(theta, replayed, 5.1e-5, "learned weights vs descent replayed", where)
    # At the minimum of the (convex) cross-entropy the gradient vanishes.
    slope = gradient(lambda t: cross_entropy(t, X, y), theta)
    assert np.max(np.abs(slope)) < 1e-3, (
        f"{where}: gradient {slope} at the learned weights"
    )
    assert_close(
        losses[steps[-1]], cross_entropy(theta, X, y), 1e-5, "final loss", where
    )
    # Accuracy: as printed, recomputed from the printed weights, and near the truth's.
    accuracy = float(re.search(rf"accuracy on the training data: ({NUMBER})", shown)[1])
    mine = float(np.mean((design(X) @ theta > 0) == (y == 1)))
    truth = float(np.mean((X @ LOG_TRUE_W + LOG_TRUE_B > 0) == (y == 1)))
    assert_close(accuracy, mine, 0.006, "accuracy from printed weights", where)
    assert accuracy >= max(0.8, truth - 0.03), (
        f"{where}: accuracy {accuracy}, truth {truth}"
    )
    assert_close(float(theta[0]), LOG_TRUE_W[0], 0.5, "w1 vs true", where)
    assert_close(float(theta[1]), LOG_TRUE_W[1], 0.5, "w2 vs true", where)


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercise_largest_stable_learning_rate(lesson):
    where = lesson.where("ex-learning-rate")
    shown = lesson.shown("ex-learning-rate")
    X, _y = linear_data()
    X_tilde = design(X)
    largest = float(np.linalg.eigvalsh(2 / N * X_tilde.T @ X_tilde)[-1])
    printed_largest, printed_eta = (
        float(re.search(rf"{label}: ({NUMBER})", shown)[1])
        for label in ("Hessian", "2/λ_max")
    )
    assert_close(printed_largest, largest, 5.1e-5, "λ_max", where)
    assert_close(printed_eta, 2 / largest, 5.1e-5, "η_max", where)
    runs = re.findall(
        rf"η = ({NUMBER}) η_max: loss ({NUMBER}) .*?, ({NUMBER}) after", shown
    )
    assert [r[0] for r in runs] == ["0.9", "1.1"], f"{where}: {runs}"
    (_, below_start, below_end), (_, above_start, above_end) = runs
    assert float(below_end) < float(below_start) / 100, (
        f"{where}: 0.9 η_max did not converge"
    )
    assert float(above_end) > float(above_start), f"{where}: 1.1 η_max did not diverge"


def test_exercise_ridge_matches_the_closed_form(lesson):
    where = lesson.where("ex-ridge")
    shown = lesson.shown("ex-ridge")
    X, y = linear_data()
    X_tilde = design(X)
    penalty = 0.5
    # ∇[(1/n)‖X̃θ - y‖² + λ‖w‖²] = 0  ⇔  (X̃ᵀX̃/n + λ D) θ = X̃ᵀy/n, D = diag(1, 1, 0).
    ridge = np.linalg.solve(
        X_tilde.T @ X_tilde / N + penalty * np.diag([1.0, 1.0, 0.0]), X_tilde.T @ y / N
    )
    found = re.search(
        rf"with λ = 0.5:\s+w = \(({NUMBER}), ({NUMBER})\), b = ({NUMBER})", shown
    )
    assert found, f"{where}: no penalised weights in\n{shown}"
    for got, want, name in zip(
        map(float, found.groups()), ridge, ("w1", "w2", "b"), strict=True
    ):
        assert_close(got, want, 5.1e-5, f"ridge {name}", where)
    assert np.all(np.abs(ridge[:2]) < np.abs(TRUE_W)), (
        f"{where}: the penalty did not shrink w"
    )
    # The shrinkage, against the closed forms: least squares and ridge weights.
    plain = np.linalg.lstsq(X_tilde, y, rcond=None)[0]
    shrink = re.search(rf"w_ridge / w_plain: \(({NUMBER}), ({NUMBER})\)", shown)
    for got, want in zip(
        map(float, shrink.groups()), ridge[:2] / plain[:2], strict=True
    ):
        assert_close(got, want, 5.1e-4, "shrink factor", where)
    # s²/(s² + λ) from the sample variances (ddof = 0), and that it is close to
    # the exact shrinkage, as the prose says, while 1/(1 + λ) is only rough.
    variances = np.mean((X - X.mean(axis=0)) ** 2, axis=0)
    found = re.search(rf"s²: \(({NUMBER}), ({NUMBER})\)", shown)
    for got, want in zip(map(float, found.groups()), variances, strict=True):
        assert_close(got, want, 5.1e-4, "variance", where)
    assert np.all((variances > 0.5) & (variances < 1)), where  # 'somewhat below 1'
    predicted = variances / (variances + penalty)
    found = re.search(rf"s² \+ λ\): \(({NUMBER}), ({NUMBER})\)", shown)
    for got, want in zip(map(float, found.groups()), predicted, strict=True):
        assert_close(got, want, 5.1e-4, "s²/(s² + λ)", where)
    assert np.all(np.abs(predicted - ridge[:2] / plain[:2]) < 0.005), where
    assert np.all(np.abs(ridge[:2] / plain[:2] - 1 / (1 + penalty)) < 0.1), where
    # The price in mean squared error, each computed here from its closed form.
    mse_plain, mse_ridge = (
        float(np.mean((X_tilde @ t - y) ** 2)) for t in (plain, ridge)
    )
    found = re.search(
        rf"error: ({NUMBER}) without penalty, ({NUMBER}) with\n"
        rf".* is ({NUMBER}) times larger",
        shown,
    )
    assert found, f"{where}: no losses in\n{shown}"
    got_plain, got_ridge, got_ratio = map(float, found.groups())
    assert_close(got_plain, mse_plain, 5.1e-5, "MSE without penalty", where)
    assert_close(got_ridge, mse_ridge, 5.1e-5, "MSE with penalty", where)
    assert_close(got_ratio, mse_ridge / mse_plain, 0.51, "MSE ratio", where)
    # What the prose says: the plain error is about the noise variance, the
    # penalised one many times larger.
    assert abs(mse_plain - NOISE**2) < 0.5 * NOISE**2, where
    assert mse_ridge > 10 * mse_plain, where


def test_exercise_boundary_crossing(lesson):
    where = lesson.where("ex-boundary")
    theta = learned_logistic(lesson.shown("logistic-train"), where)
    shown = lesson.shown("ex-boundary")
    crossing = float(re.search(rf"x1 = ({NUMBER})", shown)[1])
    # From the printed (rounded) weights: z = w1 x1 + b = 0 on the axis.
    assert_close(crossing, -theta[2] / theta[0], 1e-3, "x1 = -b/w1", where)
    assert re.search(r"\) = 0\.5000$", shown), f"{where}: σ at the crossing is not ½"


def test_exercise_answer_boxes(lesson):
    """Each box holds the exercise's answer, from an oracle computed here."""
    boxes = lesson.answer_boxes()
    assert set(boxes) == {f"training-a-neuron-ex{n}" for n in (1, 2, 3)}, sorted(boxes)
    X, y = linear_data()
    X_tilde = design(X)
    eta_max = 2 / float(np.linalg.eigvalsh(2 / N * X_tilde.T @ X_tilde)[-1])
    assert_answer_box(boxes["training-a-neuron-ex1"], eta_max, 1e-2 * eta_max)
    # The penalised minimiser in closed form (200 steps reach it to rounding).
    ridge = np.linalg.solve(
        X_tilde.T @ X_tilde / N + 0.5 * np.diag([1.0, 1.0, 0.0]), X_tilde.T @ y / N
    )
    assert_answer_box(boxes["training-a-neuron-ex2"], ridge[0], 1e-3 * abs(ridge[0]))
    # The crossing -b/w1 of the weights 300 steps of descent (η = 1) reach,
    # the training replayed here with the hand-worked gradient.
    w1, _w2, b = logistic_descent(learning_rate=1.0, steps=300)
    crossing = -b / w1
    assert_answer_box(boxes["training-a-neuron-ex3"], crossing, 1e-3 * abs(crossing))


def test_page_size_and_figures(lesson):
    lesson.assert_figures_within_budget(figures=2)


def test_every_gradient_on_the_page_is_verified(lesson):
    """MSE, σ′, cross-entropy, the Hessian and the penalised MSE: five green lines."""
    lesson.assert_checks_named(
        [
            "MSE gradient (∂L/∂w₁, ∂L/∂w₂, ∂L/∂b) at w = (0.5, −1), b = 0.25",
            "σ′(z) = σ(z)(1 − σ(z)) at z = 0.7",
            "cross-entropy gradient (∂L/∂w₁, ∂L/∂w₂, ∂L/∂b) at w = (1, −0.5), b = 0.2",
            "∇L(θ) = H(θ − θ*) with H = (2/n)X̃ᵀX̃, at w = (0.5, −1), b = 0.25",
            "penalised gradient at w = (0.5, −1), b = 0.25",
        ],
    )
