"""The small-network page, against oracles that do not run the page's code.

- The XOR cloud is regenerated here from its seed; its labels are XOR of the signs.
- A single logistic neuron on this symmetric data can do no better than guessing:
  its loss stays at log 2 (the cross-entropy of answering ½) and its accuracy at
  about 50 %.
- The network is re-implemented here (same seeded initialisation, written
  independently); its gradient is taken by central finite differences in this file,
  and the parameter count by the formula 4h + 1.
- Training: the printed loss falls, the accuracy passes a threshold, the four XOR
  corners come out as the truth table, two runs print the same numbers, and
  bad input raises ValueError.
"""

from __future__ import annotations

import itertools
import json
import math
import re

import numpy as np

from listings import ROOT, find, run_as_reader, shown_on_page
from page_widgets import (
    answer_boxes,
    assert_answer_box,
    assert_checks_named,
    assert_figures_within_budget,
)
from printed import NUMBER, assert_close

PAGE = "deeper/a-small-network.md"
HIDDEN = 8


def listing(block_id: str):
    return find(PAGE, block_id)


def xor_data():
    rng = np.random.default_rng(0)
    signs = np.array([[-1, -1], [-1, 1], [1, -1], [1, 1]], dtype=float)
    X = np.repeat(signs, 50, axis=0) + rng.normal(scale=0.35, size=(200, 2))
    y = np.repeat([0.0, 1.0, 1.0, 0.0], 50)
    return X, y


def initial_network(hidden=HIDDEN, seed=1):
    rng = np.random.default_rng(seed)
    W1 = rng.normal(size=(2, hidden))
    w2 = rng.normal(size=hidden) / math.sqrt(hidden)
    return np.concatenate([W1.ravel(), np.zeros(hidden), w2, [0.0]])


def probabilities(theta, X, hidden=HIDDEN, activation=np.tanh):
    """p(label 1) of 2 -> hidden (activation) -> 1 (sigmoid), written out plainly.

    theta holds W1 (row by row), b1, w2 and b2, in that order.
    """
    W1 = theta[: 2 * hidden].reshape(2, hidden)
    b1 = theta[2 * hidden : 3 * hidden]
    w2 = theta[3 * hidden : 4 * hidden]
    b2 = theta[4 * hidden]
    return 1 / (1 + np.exp(-(activation(X @ W1 + b1) @ w2 + b2)))


def network_loss(theta, X, y, hidden=HIDDEN):
    """Cross-entropy of the tanh network."""
    p = probabilities(theta, X, hidden)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def trained_theta(block_id: str, name: str, tmp_path) -> np.ndarray:
    """The parameters `name` after running a listing (and its session) in a fresh Python."""
    dump = (
        f"\nimport json\nprint('=== theta ===')\n"
        f"print(json.dumps([float(v) for v in flatten({name})]))\n"
    )
    output = run_as_reader(listing(block_id), tmp_path, then=dump)
    return np.array(json.loads(output.split("=== theta ===\n", 1)[1]))


def central_differences(f, theta, h=1e-6):
    out = np.zeros_like(theta)
    for i in range(theta.size):
        e = np.zeros_like(theta)
        e[i] = h
        out[i] = (f(theta + e) - f(theta - e)) / (2 * h)
    return out


def value(pattern: str, shown: str, where: str) -> float:
    found = re.search(pattern, shown)
    assert found, f"{where}: /{pattern}/ not in\n{shown}"
    return float(found[1])


def test_xor_data_is_balanced(site):
    where = listing("xor-data").where
    shown = shown_on_page(site, listing("xor-data"))
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


def test_single_neuron_is_no_better_than_guessing(site):
    where = listing("single-neuron").where
    shown = shown_on_page(site, listing("single-neuron"))
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


def test_forward_pass_and_parameter_count(site):
    where = listing("network-forward").where
    shown = shown_on_page(site, listing("network-forward"))
    X, y = xor_data()
    count = value(r"parameters: (\d+)", shown, where)
    assert count == 4 * HIDDEN + 1, (
        f"{where}: expected 4h + 1 = {4 * HIDDEN + 1}, got {count}"
    )
    loss = value(rf"loss before training: ({NUMBER})", shown, where)
    assert_close(
        loss, network_loss(initial_network(), X, y), 5.1e-5, "initial loss", where
    )


def test_backward_pass_matches_finite_differences(site):
    where = listing("network-backward").where
    shown = shown_on_page(site, listing("network-backward"))
    X, y = xor_data()
    gradient = central_differences(lambda t: network_loss(t, X, y), initial_network())
    h = HIDDEN
    blocks = {
        "W1": (gradient[: 2 * h], (2, h)),
        "b1": (gradient[2 * h : 3 * h], (h,)),
        "w2": (gradient[3 * h : 4 * h], (h,)),
        "b2": (gradient[4 * h :], ()),
    }
    for name, (part, shape) in blocks.items():
        found = re.search(
            rf"dL/d{name}: shape (\([^)]*\)), largest entry ({NUMBER})", shown
        )
        assert found, f"{where}: no line for dL/d{name} in\n{shown}"
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


def test_flatten_round_trip(site):
    where = listing("network-flatten").where
    shown = shown_on_page(site, listing("network-flatten"))
    assert shown.splitlines() == [
        f"theta has {4 * HIDDEN + 1} entries",
        "round trip exact: True",
    ], f"{where}: {shown}"


def test_network_learns_xor(site):
    where = listing("network-train").where
    shown = shown_on_page(site, listing("network-train"))
    losses = {
        int(s): float(v) for s, v in re.findall(r"step\s+(\d+): loss (\S+)", shown)
    }
    steps = sorted(losses)
    assert steps == list(range(0, 2001, 250)), f"{where}: steps {steps}"
    X, y = xor_data()
    assert_close(
        losses[0], network_loss(initial_network(), X, y), 5.1e-5, "step 0", where
    )
    for a, b in itertools.pairwise(steps):
        assert losses[b] < losses[a], f"{where}: loss rose from step {a} to step {b}"
    assert losses[2000] < losses[0] / 10, f"{where}: loss fell less than tenfold"
    accuracy = value(rf"accuracy: ({NUMBER})", shown, where)
    assert accuracy >= 0.95, f"{where}: accuracy {accuracy} < 0.95"


def test_points_the_network_misses_lie_across_an_axis(site, tmp_path):
    """The page: a point it misses sits in the quadrant of the other class."""
    where = listing("network-train").where
    X, y = xor_data()
    p = probabilities(trained_theta("network-train", "params", tmp_path), X)
    missed = np.flatnonzero((p > 0.5) != (y == 1))
    shown = shown_on_page(site, listing("network-train"))
    accuracy = value(rf"accuracy: ({NUMBER})", shown, where)
    assert_close(accuracy, 1 - missed.size / len(y), 5e-4, "accuracy", where)
    for i in missed:
        signs_differ = (X[i, 0] > 0) != (X[i, 1] > 0)  # the quadrant's XOR label
        assert signs_differ != (y[i] == 1), (
            f"{where}: missed point {X[i]} (label {y[i]:.0f}) lies in its own "
            "class's quadrant, but the page says misses lie across an axis"
        )


def test_seeded_training_prints_the_same_numbers_every_run(site, tmp_path):
    target = listing("network-train")
    first = run_as_reader(target, cwd=tmp_path)
    second = run_as_reader(target, cwd=tmp_path)
    assert first == second, f"{target.where}: two runs differ:\n{first}\n{second}"
    assert first.strip("\n") == shown_on_page(site, target)


BAD_CALLS = """
print("----- bad calls -----")
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


def test_train_network_rejects_bad_input(site, tmp_path):
    target = listing("network-train")
    output = run_as_reader(listing("network-train"), tmp_path, then=BAD_CALLS)
    lines = output.split("----- bad calls -----\n", 1)[1].splitlines()
    assert len(lines) == 5, f"{target.where}: {lines}"
    for line, label in zip(lines, ["nan", "inf", "rows", "labels"], strict=False):
        assert line.startswith(f"{label} ValueError "), f"{target.where}: {line}"
    assert "learning_rate" in lines[0] and "shape" in lines[2], (
        f"{target.where}: {lines}"
    )
    assert lines[4] == "good call ran", f"{target.where}: {lines}"

    shown_listing = listing("network-bad-input")
    shown = shown_on_page(site, shown_listing).splitlines()
    where = shown_listing.where
    assert len(shown) == 6, f"{where}: {shown}"
    assert all(h.endswith(" -> ValueError:") for h in shown[0::2]), f"{where}: {shown}"
    assert shown[1].endswith("got nan") and shown[3].endswith("got -inf"), where
    assert "(199, 2)" in shown[5] and "(200,)" in shown[5], f"{where}: {shown}"


def test_exercise_parameter_count(site):
    where = listing("ex-param-count").where
    shown = shown_on_page(site, listing("ex-param-count"))
    assert value(r"total: (\d+)", shown, where) == 4 * 16 + 1, f"{where}: {shown}"


def test_exercise_truth_table(site):
    where = listing("ex-truth-table").where
    rows = re.findall(
        rf"\(([-+]1), ([-+]1)\): XOR (\d), network p = ({NUMBER}), says (\d)",
        shown_on_page(site, listing("ex-truth-table")),
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


def test_exercise_relu_network_learns_xor(site, tmp_path):
    where = listing("ex-relu").where
    shown = shown_on_page(site, listing("ex-relu"))
    loss = value(rf"loss ({NUMBER})", shown, where)
    accuracy = value(rf"accuracy ({NUMBER})", shown, where)
    assert loss < math.log(2) / 10, f"{where}: loss {loss} not far below log 2"
    assert accuracy >= 0.95, f"{where}: accuracy {accuracy} < 0.95"
    # Loss and accuracy of the trained ReLU parameters, by this file's own network.
    X, y = xor_data()
    theta = trained_theta("ex-relu", "relu_params", tmp_path)
    p = probabilities(theta, X, activation=lambda a: np.maximum(a, 0.0))
    oracle_loss = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
    oracle_accuracy = float(np.mean((p > 0.5) == (y == 1)))
    assert_close(loss, oracle_loss, 5.1e-5, "ReLU loss", where)
    assert_close(accuracy, oracle_accuracy, 5e-4, "ReLU accuracy", where)

    boxes = answer_boxes(site, PAGE)
    assert set(boxes) == {"a-small-network-ex1", "a-small-network-ex3"}, sorted(boxes)
    assert_answer_box(boxes["a-small-network-ex1"], 4 * 16 + 1, 0.5)  # 4h + 1
    assert_answer_box(boxes["a-small-network-ex3"], oracle_accuracy, 0.005)


def test_page_size_and_figures(site):
    assert_figures_within_budget(site, PAGE, figures=3)


def test_every_gradient_on_the_page_is_verified(site):
    """Single neuron, the whole tanh network, the ReLU network: three green lines."""
    assert_checks_named(
        site,
        PAGE,
        [
            "single-neuron gradient at w = (0.8, −0.3), b = 0.1",
            "backpropagation gradient of all network parameters at a random θ",
            "ReLU network gradient at a random θ",
        ],
    )


def test_loss_figure_says_which_runs_it_compares(site, tmp_path):
    """The prose and the figure say: the neuron ran 500 steps at η = 1, the
    network 2000 at η = 0.5. The runs, replayed as a reader would, agree."""
    dumped = run_as_reader(
        listing("network-train"),
        tmp_path,
        then="print('=== lengths ===')\nprint(len(neuron_losses), len(losses))\n",
    )
    lengths = dumped.split("=== lengths ===\n", 1)[1].split()
    assert lengths == ["501", "2001"], lengths  # the start, then one loss per step
    assert "w - 1.0 * grad_w, b - 1.0 * grad_b" in listing("single-neuron").code
    assert "learning_rate=0.5, steps=2000" in listing("network-train").code
    caption = shown_on_page(site, listing("network-loss-figure"))
    for run in ("500 steps, η = 1)", "2000 steps, η = 0.5)"):
        assert run in caption, f"{listing('network-loss-figure').where}: {run}"
    source = " ".join((ROOT / "docs" / PAGE).read_text(encoding="utf-8").split())
    assert "ran 500 steps with $\\eta = 1$" in source
    assert "the network 2000 steps with $\\eta = 0.5$" in source
