"""The small-network page, against oracles that do not run the page's code.

- The XOR cloud is regenerated here from its seed; its labels are XOR of the signs.
- A single logistic neuron on this symmetric data can do no better than guessing:
  its loss stays at log 2 (the cross-entropy of answering ½) and its accuracy at
  about 50 %.
- The network is re-implemented in tests/oracles.py (same seeded initialisation,
  written independently); its gradient is taken there by central finite
  differences, and the parameter count by the formula 4h + 1.
- Training: the printed loss falls, the accuracy passes a threshold, the four XOR
  corners come out as the truth table, what a reader's Python prints is what the
  page shows (another process: the seeded run reproduces), and bad input raises
  ValueError.
"""

from __future__ import annotations

import itertools
import math
import re

import numpy as np

from oracles import (
    NUMBER,
    assert_close,
    gradient,
    log_loss,
    losses_by_step,
    refusals,
    search,
    xor_data,
    xor_loss,
    xor_probabilities,
    xor_start,
)
from page_widgets import assert_answer_box

HIDDEN = 8


def value(pattern: str, shown: str, where: str) -> float:
    return float(search(pattern, shown, where)[1])


def trained_theta(lesson, block_id: str, name: str) -> np.ndarray:
    """The parameters `name` after running a listing (and its session) in a reader's Python."""
    return np.array(lesson.evaluate(block_id, f"[float(v) for v in flatten({name})]"))


def test_xor_data_is_balanced(lesson):
    where, shown = lesson.where("xor-data"), lesson.shown("xor-data")
    X, y = xor_data()
    # Label 1 exactly where the signs of the corner differ (XOR), 50 points a corner.
    xor = (
        np.sign(np.repeat([[-1, -1], [-1, 1], [1, -1], [1, 1]], 50, axis=0)) < 0
    ).sum(1) == 1
    assert np.array_equal(y == 1, xor), where
    assert shown.splitlines() == [
        f"X: {X.shape[0]} points x {X.shape[1]} coordinates",
        f"labels: {int(np.sum(~xor))} zeros, {int(np.sum(xor))} ones",
    ], f"{where}: {shown}"


def test_single_neuron_is_no_better_than_guessing(lesson):
    where, shown = lesson.where("single-neuron"), lesson.shown("single-neuron")
    start = value(rf"loss: ({NUMBER}) at the start", shown, where)
    end = value(rf", ({NUMBER}) after 500 steps", shown, where)
    accuracy = value(rf"accuracy: ({NUMBER})", shown, where)
    most = value(rf"most confident prediction: p = ({NUMBER})", shown, where)
    least = value(rf"least: p = ({NUMBER})", shown, where)
    assert_close(start, math.log(2), 5e-5, "loss at w = 0 is log 2", where)
    assert_close(end, math.log(2), 0.005, "loss stays at log 2", where)
    assert end <= start, f"{where}: gradient descent raised the loss"
    assert_close(accuracy, 0.5, 0.1, "accuracy ≈ chance", where)
    assert 0.4 < least <= most < 0.6, (
        f"{where}: predictions far from ½: {least}, {most}"
    )


def test_forward_pass_and_parameter_count(lesson):
    where, shown = lesson.where("network-forward"), lesson.shown("network-forward")
    X, y = xor_data()
    count = value(r"parameters: (\d+)", shown, where)
    assert count == 4 * HIDDEN + 1, (
        f"{where}: expected 4h + 1 = {4 * HIDDEN + 1}, got {count}"
    )
    loss = value(rf"loss before training: ({NUMBER})", shown, where)
    assert_close(loss, xor_loss(xor_start(), X, y), 5.1e-5, "initial loss", where)


def test_backward_pass_matches_finite_differences(lesson):
    where, shown = lesson.where("network-backward"), lesson.shown("network-backward")
    X, y = xor_data()
    numeric = gradient(lambda t: xor_loss(t, X, y), xor_start())
    h = HIDDEN
    blocks = {
        "W1": (numeric[: 2 * h], (2, h)),
        "b1": (numeric[2 * h : 3 * h], (h,)),
        "w2": (numeric[3 * h : 4 * h], (h,)),
        "b2": (numeric[4 * h :], ()),
    }
    for name, (part, shape) in blocks.items():
        found = search(
            rf"dL/d{name}: shape (\([^)]*\)), largest entry ({NUMBER})", shown, where
        )
        assert found[1] == str(shape), (
            f"{where}: dL/d{name} shape {found[1]}, want {shape}"
        )
        assert_close(
            float(found[2]),
            float(np.max(np.abs(part))),
            5.1e-5,
            f"max |dL/d{name}|",
            where,
        )


def test_flatten_round_trip(lesson):
    where, shown = lesson.where("network-flatten"), lesson.shown("network-flatten")
    assert shown.splitlines() == [
        f"theta has {4 * HIDDEN + 1} entries",
        "round trip exact: True",
    ], f"{where}: {shown}"


def test_network_learns_xor(lesson):
    where, shown = lesson.where("network-train"), lesson.shown("network-train")
    losses = losses_by_step(shown, where)
    steps = sorted(losses)
    assert steps == list(range(0, 2001, 250)), f"{where}: steps {steps}"
    X, y = xor_data()
    assert_close(losses[0], xor_loss(xor_start(), X, y), 5.1e-5, "step 0", where)
    for a, b in itertools.pairwise(steps):
        assert losses[b] < losses[a], f"{where}: loss rose from step {a} to step {b}"
    assert losses[2000] < losses[0] / 10, f"{where}: loss fell less than tenfold"
    accuracy = value(rf"accuracy: ({NUMBER})", shown, where)
    assert accuracy >= 0.95, f"{where}: accuracy {accuracy} < 0.95"


NOISE_SD = 0.35  # the XOR cloud's noise (tests/oracles.py: xor_data)
CROSSED = re.compile(
    rf"  \(({NUMBER}), ({NUMBER})\), label (\d): ({NUMBER}) past the (x[12])-axis, "
    rf"p = ({NUMBER}), (right|wrong)"
)


def test_the_missed_point_is_just_across_the_x1_axis(lesson):
    """The page: noise carried four points across an axis; the network misses
    one point, the one furthest past its axis, a label-0 point of the cloud
    around (1, 1) just across the x1-axis, whose five nearest neighbours all have
    label 1; the three others are right. Recomputed here from the regenerated
    cloud and the trained parameters (a reader's run), with the network written
    out in tests/oracles.py."""
    where, shown = lesson.where("network-missed"), lesson.shown("network-missed")
    X, y = xor_data()
    p = xor_probabilities(trained_theta(lesson, "network-train", "params"), X)
    says = (p > 0.5).astype(float)
    # A point is in the other class's quadrant when the XOR of its signs is not
    # its label; the axis it crossed is the one its drawn corner's sign left.
    corner = np.repeat([[-1, -1], [-1, 1], [1, -1], [1, 1]], 50, axis=0)
    quadrant_label = ((X[:, 0] < 0) != (X[:, 1] < 0)).astype(float)
    crossed = np.flatnonzero(quadrant_label != y)
    flips = np.sign(X) != corner  # which coordinates left their corner's sign
    past = {i: float(abs(X[i][flips[i]]).item()) for i in crossed}  # one flip each
    rows = CROSSED.findall(shown)
    assert len(rows) == len(crossed), f"{where}: want {len(crossed)} rows:\n{shown}"
    for i, (x1, x2, label, distance, axis, prob, verdict) in zip(
        crossed, rows, strict=True
    ):
        assert_close([float(x1), float(x2)], X[i], 5e-4, f"point {i}", where)
        assert int(label) == y[i], f"{where}: point {i} labelled {label}"
        j = 1 if axis == "x1" else 0  # crossing the x1-axis flips x2
        assert flips[i, j], f"{where}: {X[i]} is not across the {axis}-axis"
        assert_close(float(distance), past[i], 5e-4, f"distance of {i}", where)
        assert_close(float(prob), p[i], 5e-4, f"p of point {i}", where)
        assert verdict == ("right" if says[i] == y[i] else "wrong"), f"{where}: {i}"

    missed = np.flatnonzero(says != y)
    count = value(r"points the network misses: (\d+)", shown, where)
    assert count == missed.size == 1, f"{where}: misses {missed}, printed {count}"
    accuracy = value(rf"accuracy: ({NUMBER})", lesson.shown("network-train"), where)
    assert_close(accuracy, 1 - missed.size / len(y), 5e-4, "accuracy", where)
    (i,) = missed
    # The prose, claim by claim: in the other class's quadrant, a label-0 point
    # of the cloud around (1, 1), across the x1-axis (x2 < 0) and only just:
    # within one noise standard deviation of it; the furthest past its axis of
    # the four; the others right.
    assert i in crossed, f"{where}: the missed point {X[i]} did not cross an axis"
    assert y[i] == 0 and list(corner[i]) == [1, 1], f"{where}: {X[i]}, {y[i]}"
    assert X[i, 0] > 0 > X[i, 1], f"{where}: {X[i]} is not just below the x1-axis"
    assert -X[i, 1] < NOISE_SD, f"{where}: {X[i]} is not just across the x1-axis"
    others = [k for k in crossed if k != i]
    assert len(others) == 3, f"{where}: {others}"
    assert all(past[k] < past[i] for k in others), f"{where}: {past}"
    assert all(says[k] == y[k] for k in others), f"{where}: {others}"
    # Its five nearest neighbours, by brute force: all label 1.
    distances = np.hypot(*(X - X[i]).T)
    nearest = sorted(range(len(y)), key=distances.__getitem__)[1:6]
    assert [y[k] for k in nearest] == [1.0] * 5, f"{where}: {nearest}"
    found = search(
        rf"  \(({NUMBER}), ({NUMBER})\): its 5 nearest neighbours have labels (.*)",
        shown,
        where,
    )
    assert_close([float(found[1]), float(found[2])], X[i], 5e-4, "missed", where)
    assert found[3] == "1, 1, 1, 1, 1", f"{where}: {found[3]}"

    source = " ".join(lesson.source.split())
    assert "it lies just across the $x_1$-axis" in source
    assert "well into" not in source


def test_seeded_training_prints_the_same_numbers_in_another_process(lesson):
    """The build printed the page; a reader's Python, another process, prints
    the same numbers."""
    where = lesson.where("network-train")
    printed, shown = lesson.printed("network-train"), lesson.shown("network-train")
    assert printed.strip("\n") == shown, (
        f"{where}: a reader's run differs from the page:\n{printed}\n{shown}"
    )


BAD_CALLS = """
for label, args in [
    ("nan", (X, y, float("nan"), 5)),
    ("inf", (X, y, float("inf"), 5)),
    ("rows", (X[:-1], y, 0.5, 5)),
    ("labels", (X, y[:-1], 0.5, 5)),
]:
    try:
        train_network(*args)
        print(label, "no error")
    except ValueError as error:
        print(label, "ValueError", error)
train_network(X, y, 0.5, 5)
print("good call ran")
"""


def test_train_network_rejects_bad_input(lesson):
    where = lesson.where("network-train")
    lines = lesson.probe("network-train", BAD_CALLS).splitlines()
    assert len(lines) == 5, f"{where}: {lines}"
    for line, label in zip(lines, ["nan", "inf", "rows", "labels"], strict=False):
        assert line.startswith(f"{label} ValueError "), f"{where}: {line}"
    assert "learning_rate" in lines[0] and "shape" in lines[2], f"{where}: {lines}"
    assert lines[4] == "good call ran", f"{where}: {lines}"

    where = lesson.where("network-bad-input")
    shown = refusals(lesson.shown("network-bad-input"), where)
    assert len(shown) == 3, f"{where}: {shown}"
    assert shown[0].endswith("got nan") and shown[1].endswith("got -inf"), where
    assert "(199, 2)" in shown[2] and "(200,)" in shown[2], f"{where}: {shown}"


def test_exercise_parameter_count(lesson):
    where, shown = lesson.where("ex-param-count"), lesson.shown("ex-param-count")
    assert value(r"total: (\d+)", shown, where) == 4 * 16 + 1, f"{where}: {shown}"


def test_exercise_truth_table(lesson):
    where = lesson.where("ex-truth-table")
    rows = re.findall(
        rf"\(([-+]1), ([-+]1)\): XOR (\d), network p = ({NUMBER}), says (\d)",
        lesson.shown("ex-truth-table"),
    )
    assert len(rows) == 4, f"{where}: {rows}"
    for x1, x2, label, p, says in rows:
        xor = int((x1 == "+1") != (x2 == "+1"))
        assert int(label) == xor, (
            f"{where}: ({x1}, {x2}) labelled {label}, XOR is {xor}"
        )
        assert int(says) == xor, (
            f"{where}: ({x1}, {x2}): network says {says}, XOR is {xor}"
        )
        assert (float(p) > 0.9) if xor else (float(p) < 0.1), f"{where}: p = {p}"


def test_exercise_relu_network_learns_xor(lesson):
    where, shown = lesson.where("ex-relu"), lesson.shown("ex-relu")
    loss = value(rf"loss ({NUMBER})", shown, where)
    accuracy = value(rf"accuracy ({NUMBER})", shown, where)
    assert loss < math.log(2) / 10, f"{where}: loss {loss} not far below log 2"
    assert accuracy >= 0.95, f"{where}: accuracy {accuracy} < 0.95"
    # Loss and accuracy of the trained ReLU parameters, by the oracles' network.
    X, y = xor_data()
    theta = trained_theta(lesson, "ex-relu", "relu_params")
    p = xor_probabilities(theta, X, activation=lambda z: np.maximum(z, 0.0))
    oracle_loss = log_loss(p, y)
    oracle_accuracy = float(np.mean((p > 0.5) == (y == 1)))
    assert_close(loss, oracle_loss, 5.1e-5, "ReLU loss", where)
    assert_close(accuracy, oracle_accuracy, 5e-4, "ReLU accuracy", where)

    boxes = lesson.answer_boxes()
    assert set(boxes) == {"a-small-network-ex1", "a-small-network-ex3"}, sorted(boxes)
    assert_answer_box(boxes["a-small-network-ex1"], 4 * 16 + 1, 0.5)  # 4h + 1
    assert_answer_box(boxes["a-small-network-ex3"], oracle_accuracy, 0.005)


def test_page_size_and_figures(lesson):
    lesson.assert_figures_within_budget(figures=3)


def test_every_gradient_on_the_page_is_verified(lesson):
    """Single neuron, the whole tanh network, the ReLU network: three green lines."""
    lesson.assert_checks_named(
        [
            "single-neuron gradient at w = (0.8, −0.3), b = 0.1",
            "backpropagation gradient of all network parameters at a random θ",
            "ReLU network gradient at a random θ",
        ],
    )


def test_loss_figure_says_which_runs_it_compares(lesson):
    """The prose and the figure say: the neuron ran 500 steps at η = 1, the
    network 2000 at η = 0.5. The runs, replayed as a reader would, agree."""
    lengths = lesson.evaluate("network-train", "[len(neuron_losses), len(losses)]")
    assert lengths == [501, 2001], lengths  # the start, then one loss per step
    assert "w - 1.0 * grad_w, b - 1.0 * grad_b" in lesson.listing("single-neuron").code
    assert "learning_rate=0.5, steps=2000" in lesson.listing("network-train").code
    caption = lesson.shown("network-loss-figure")
    for run in ("500 steps, η = 1)", "2000 steps, η = 0.5)"):
        assert run in caption, f"{lesson.where('network-loss-figure')}: {run}"
    source = " ".join(lesson.source.split())
    assert "ran 500 steps with $\\eta = 1$" in source
    assert "the network 2000 steps with $\\eta = 0.5$" in source
