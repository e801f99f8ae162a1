"""The multi-layer-network page, against a network written here in numpy.

- The data and the starting weights are drawn here from the seeds and the
  distributions the page states (the question, not its output), with the same
  `random.Random` calls in the same order.
- The oracle network: forward pass and backpropagation in numpy, one example
  at a time (the page's numpy version works on whole matrices), plus central
  finite differences of its loss. Training, the forgotten `zero_grad` and the
  single neuron are replayed with it step by step.
- The engine's 37 gradients, read from a reader's run of the page's listings,
  equal the oracle's to 1e-12.
- Bad input: MLP(2, []) and a wrong-sized input raise ValueError, in a reader's
  Python after the page's listings, and the page shows both.
- How far the hidden units turn: the oracle's training, snapshotted every ten
  epochs, with the angles by Kahan's 2·atan2 formula (the page uses arccos);
  the printed tables equal them, and every claim the prose makes of them holds.
"""

from __future__ import annotations

import itertools
import math
import random
import re

import numpy as np

from listings import find
from oracles import NUMBER, assert_close, derivative, numbers
from page_widgets import assert_answer_box

N, NOISE, DATA_SEED = 40, 0.1, 1
WIDTHS, MODEL_SEED, ETA, EPOCHS = [4, 4, 1], 1, 0.3, 60


# ── The oracle ───────────────────────────────────────────────────────────────


def circles():
    rng = random.Random(DATA_SEED)
    X, y = [], []
    for i in range(N):
        t = 2 * math.pi * rng.random()
        radius, label = (0.5, 1.0) if i % 2 == 0 else (1.0, -1.0)
        x1 = radius * math.cos(t) + rng.gauss(0, NOISE)
        x2 = radius * math.sin(t) + rng.gauss(0, NOISE)
        X.append((x1, x2))
        y.append(label)
    return np.array(X), np.array(y)


def initial_weights(widths, seed, n_in=2):
    """Layer by layer, neuron by neuron: n_in normal draws with sd 1/√n_in, bias 0."""
    rng = random.Random(seed)
    layers = []
    for m in widths:
        rows = [[rng.gauss(0, n_in**-0.5) for _ in range(n_in)] for _ in range(m)]
        layers.append([np.array(rows), np.zeros(m)])  # W is m × n_in here
        n_in = m
    return layers


def output(layers, x):
    h = np.asarray(x, dtype=float)
    for W, b in layers:
        h = np.tanh(W @ h + b)
    return float(h[0])


def loss_and_gradients(layers, X, y):
    """Mean squared error and its gradient, one example at a time."""
    grads = [[np.zeros_like(W), np.zeros_like(b)] for W, b in layers]
    total = 0.0
    for x_i, y_i in zip(X, y, strict=True):
        hs = [np.asarray(x_i, dtype=float)]
        for W, b in layers:
            hs.append(np.tanh(W @ hs[-1] + b))
        y_hat = hs[-1][0]
        total += (y_hat - y_i) ** 2
        delta = np.array([2 * (y_hat - y_i) * (1 - y_hat**2) / len(y)])
        for k in range(len(layers) - 1, -1, -1):
            grads[k][0] += np.outer(delta, hs[k])
            grads[k][1] += delta
            delta = (layers[k][0].T @ delta) * (1 - hs[k] ** 2)
    return total / len(y), grads


def accuracy(layers, X, y):
    return float(
        np.mean([(output(layers, x) > 0) == (t > 0) for x, t in zip(X, y, strict=True)])
    )


def train(layers, X, y, epochs, zero_grad=True):
    layers = [[W.copy(), b.copy()] for W, b in layers]
    summed = [[np.zeros_like(W), np.zeros_like(b)] for W, b in layers]
    losses = []
    for _ in range(epochs):
        loss, grads = loss_and_gradients(layers, X, y)
        for layer, grad, total in zip(layers, grads, summed, strict=True):
            for i in range(2):
                total[i] = grad[i] if zero_grad else total[i] + grad[i]
                layer[i] = layer[i] - ETA * total[i]
        losses.append(loss)
    return layers, losses


# ── The page ─────────────────────────────────────────────────────────────────


def test_the_engine_is_the_chain_rule_pages_own_file(lesson):
    assert (
        lesson.listing("value-engine").code
        == find("deeper/chain-rule-and-backpropagation.md", "value-engine").code
    ), lesson.where("value-engine")


def test_network_sizes_and_first_output(lesson):
    where = lesson.where("mlp-classes")
    shown = lesson.shown("mlp-classes")
    n_in, want_params = 2, 0
    for m in WIDTHS:
        want_params += m * (n_in + 1)  # one weight per input and a bias, per neuron
        n_in = m
    assert f"layers: {WIDTHS}" in shown, f"{where}: {shown}"
    assert f"parameters: {want_params}" in shown and want_params == 37, where
    got = float(re.search(rf"Value\(data=({NUMBER})", shown)[1])
    want = output(initial_weights(WIDTHS, MODEL_SEED), [0.5, -0.2])
    assert_close(got, want, 5e-6 * abs(want), "output at (0.5, -0.2)", where)


def test_data_are_the_seeded_circles(lesson):
    where = lesson.where("circles-data")
    lines = lesson.shown("circles-data").splitlines()
    X, y = circles()
    assert lines[0] == f"{N} points, {N // 2} labelled +1, {N // 2} labelled -1", where
    for line, x_i, y_i in zip(lines[1:], X[:4], y[:4], strict=True):
        x1, x2, label = numbers(line)
        assert_close(x1, x_i[0], 5.1e-4, "x1", where)
        assert_close(x2, x_i[1], 5.1e-4, "x2", where)
        assert label == y_i, where
    radii = np.hypot(X[:, 0], X[:, 1])
    assert np.all(radii[y > 0] < 0.75) and np.all(radii[y < 0] > 0.75), (
        "the two circles overlap: 'no straight line' needs a separable inner circle"
    )


def test_loss_and_gradients_at_the_start(lesson):
    where = lesson.where("mlp-loss")
    shown = lesson.shown("mlp-loss")
    X, y = circles()
    layers = initial_weights(WIDTHS, MODEL_SEED)
    loss, grads = loss_and_gradients(layers, X, y)
    got = numbers(shown)
    assert_close(got[0], loss, 5.1e-7, "loss", where)
    assert_close(got[1], 100 * accuracy(layers, X, y), 0.051, "accuracy %", where)
    first_w, output_b = got[-3:-1], got[-1]
    for g, want in zip(first_w, grads[0][0][0], strict=True):
        assert_close(g, want, 5.1e-7, "∂L/∂w of the first hidden neuron", where)
    assert_close(output_b, grads[-1][1][0], 5.1e-7, "∂L/∂b of the output", where)

    # The oracle itself, against central differences of its own loss.
    def loss_with_output_bias(b):
        changed = [[W, bias.copy()] for W, bias in layers]
        changed[-1][1][0] = b
        return loss_and_gradients(changed, X, y)[0]

    numeric = derivative(loss_with_output_bias, 0.0)
    assert abs(numeric - grads[-1][1][0]) < 1e-8


def test_engine_gradients_equal_the_oracles_to_1e_12(lesson):
    engine = lesson.evaluate(
        "mlp-loss",
        "[[[w.grad for w in n.w] + [n.b.grad] for n in layer.neurons]"
        " for layer in model.layers]",
    )
    X, y = circles()
    _, grads = loss_and_gradients(initial_weights(WIDTHS, MODEL_SEED), X, y)
    largest = 0.0
    for layer, (grad_W, grad_b) in zip(engine, grads, strict=True):
        want = np.column_stack([grad_W, grad_b])
        largest = max(largest, float(np.max(np.abs(np.array(layer) - want))))
    assert largest < 1e-12, f"{lesson.where('mlp-loss')}: engine vs oracle {largest}"


def test_page_prints_the_comparison_with_numpy(lesson):
    where = lesson.where("numpy-network")
    shown = lesson.shown("numpy-network")
    engine_loss, numpy_loss = (
        float(x) for x in re.findall(rf"(?:engine|numpy) ({NUMBER})", shown)
    )
    X, y = circles()
    loss, _ = loss_and_gradients(initial_weights(WIDTHS, MODEL_SEED), X, y)
    assert_close(engine_loss, loss, 1e-14, "engine loss", where)
    assert_close(numpy_loss, loss, 1e-14, "numpy loss", where)
    found = re.search(rf"the 37 partial derivatives: ({NUMBER})", shown)
    assert found and 0 <= float(found[1]) < 1e-12, f"{where}: {shown}"
    assert shown.endswith("below 1e-12: True"), where


def test_gradient_checks_are_shown(lesson):
    lesson.assert_checks_named(
        [
            "numpy backpropagation: ∇L · v along 3 random directions v of all 37 "
            "parameters",
            "Value engine: ∇L · v along the same 3 directions",
            "∂L/∂b = (2/n) Σ (ŷᵢ − yᵢ)(1 − ŷᵢ²) for the output bias",
        ],
    )


def test_training_with_zero_grad(lesson):
    code = lesson.listing("mlp-train").code
    assert code.index("model.zero_grad()") < code.index("loss.backward()"), (
        "zero_grad must come before backward in the loop"
    )
    where = lesson.where("mlp-train")
    shown = lesson.shown("mlp-train")
    X, y = circles()
    layers, losses = train(initial_weights(WIDTHS, MODEL_SEED), X, y, EPOCHS)
    printed = dict(
        (int(e), float(v))
        for e, v in re.findall(rf"epoch +(\d+): loss ({NUMBER})", shown)
    )
    assert sorted(printed) == list(range(0, EPOCHS, 10)), f"{where}: {printed}"
    for epoch, value in printed.items():
        assert_close(value, losses[epoch], 5.1e-5, f"loss at epoch {epoch}", where)
    final = re.search(rf"after training: loss ({NUMBER}), accuracy ({NUMBER})%", shown)
    final_loss, _ = loss_and_gradients(layers, X, y)
    assert_close(float(final[1]), final_loss, 5.1e-5, "final loss", where)
    right = accuracy(layers, X, y)
    assert_close(float(final[2]), 100 * right, 0.051, "final accuracy", where)
    # The prose: slow for twenty epochs, then fast; all but one point right.
    assert right == (N - 1) / N, f"{where}: 'all but one' but accuracy {right}"
    # The printed misclassified point, and the prose: it is the only point of
    # the outer circle on the right (x1 > 0.7).
    wrong = [x for x, t in zip(X, y, strict=True) if (output(layers, x) > 0) != (t > 0)]
    assert len(wrong) == 1, where
    assert shown.splitlines()[-1] == (
        f"misclassified: ({wrong[0][0]:+.2f}, {wrong[0][1]:+.2f})"
    ), f"{where}: {shown}"
    right_side = [x for x, t in zip(X, y, strict=True) if t < 0 and x[0] > 0.7]
    assert len(right_side) == 1 and np.array_equal(right_side[0], wrong[0]), where
    assert losses[0] - losses[20] < losses[20] - losses[40], where
    assert all(a > b for a, b in itertools.pairwise(losses)), f"{where}: loss rose"
    # The figure and its prose: red (ŷ > 0) inside and off the plot's right edge,
    # blue outside the outer circle on the other three sides.
    assert output(layers, [0.0, 0.0]) > 0 and output(layers, [1.5, 0.0]) > 0, where
    for point in ([-1.5, 0.0], [0.0, 1.5], [0.0, -1.5]):
        assert output(layers, point) < 0, f"{where}: ŷ{point} is not blue"


def test_bad_input_raises_value_error(lesson):
    then = """
for call in (lambda: MLP(2, [], seed=1), lambda: model([1.0, 2.0, 3.0]),
             lambda: model([1.0]), lambda: Neuron(3, random.Random(0))([1.0, 2.0])):
    try:
        call()
        print("no error")
    except ValueError as error:
        print("ValueError:", error)
"""
    lines = lesson.probe("mlp-classes", then).splitlines()
    assert lines == [
        "ValueError: an MLP needs at least one layer: widths is empty",
        "ValueError: this MLP takes 2 inputs, got 3",
        "ValueError: this MLP takes 2 inputs, got 1",
        "ValueError: this neuron takes 3 inputs, got 2",
    ], f"{lesson.where('mlp-classes')}: {lines}"
    shown = lesson.shown("mlp-bad-input").splitlines()
    assert shown == [
        "MLP(2, [], seed=1) -> ValueError:",
        "    an MLP needs at least one layer: widths is empty",
        "model([0.5, -0.2, 1.0]) -> ValueError:",
        "    this MLP takes 2 inputs, got 3",
    ], f"{lesson.where('mlp-bad-input')}: {shown}"


def angle(u, v):
    """Degrees between u and v: 2·atan2(|û − v̂|, |û + v̂|), exact near 0° too."""
    u, v = u / np.linalg.norm(u), v / np.linalg.norm(v)
    return math.degrees(2 * math.atan2(np.linalg.norm(u - v), np.linalg.norm(u + v)))


def hidden_units_every(every):
    """The oracle's training, stopped every `every` epochs: each hidden unit's
    weight vector (a row of W here) and the loss at each stop."""
    X, y = circles()
    layers = initial_weights(WIDTHS, MODEL_SEED)
    units, losses = [], []
    for _ in range(EPOCHS // every + 1):
        units.append([row for W, _ in layers[:-1] for row in W])
        losses.append(loss_and_gradients(layers, X, y)[0])
        layers, _ = train(layers, X, y, every)
    return units, losses


def test_how_far_the_hidden_units_turn(lesson):
    where = lesson.where("hidden-turn")
    shown = lesson.shown("hidden-turn")
    units, losses = hidden_units_every(10)
    since_start = np.array(
        [[angle(u, v) for u, v in zip(units[0], now, strict=True)] for now in units[1:]]
    )
    per_ten = np.array(
        [
            [angle(u, v) for u, v in zip(then, now, strict=True)]
            for then, now in itertools.pairwise(units)
        ]
    )
    fell = -np.diff(losses)
    assert since_start.shape == per_ten.shape == (6, 8), "60 epochs, 4 + 4 units"
    assert shown.splitlines()[0].endswith("within 1e-12: True"), f"{where}: {shown}"

    row = rf"((?: +{NUMBER}){{8}})"
    rows = re.findall(rf"^ *(\d+){row}$", shown, re.M)
    assert [int(r[0]) for r in rows] == list(range(10, EPOCHS + 1, 10)), (
        f"{where}: {rows}"
    )
    assert_close(
        np.array([numbers(r[1]) for r in rows]), since_start, 0.051, "since 0", where
    )
    rows = re.findall(rf"^ *(\d+)-(\d+){row} +({NUMBER})$", shown, re.M)
    assert [(int(a), int(b)) for a, b, *_ in rows] == [
        (e, e + 10) for e in range(0, EPOCHS, 10)
    ], f"{where}: {rows}"
    assert_close(
        np.array([numbers(r[2]) for r in rows]), per_ten, 0.051, "per ten", where
    )
    assert_close(
        np.array([float(r[3]) for r in rows]), fell, 5.1e-5, "loss fell", where
    )

    # The prose. The largest turn of any unit in any ten epochs: unit 2 of the
    # first layer, in the first ten, while the loss falls more slowly than in
    # any of epochs 20–50.
    first, unit = np.unravel_index(np.argmax(per_ten), per_ten.shape)
    assert (first, unit) == (0, 1), f"{where}: the largest turn is at {(first, unit)}"
    assert fell[0] < min(fell[2:5]), where
    # Every unit of the second layer turns by more than a degree every ten epochs.
    assert per_ten[:, 4:].min() > 1, f"{where}: {per_ten[:, 4:]}"
    # Unit 1 of the first layer ends furthest from its start among that layer's
    # units, and turns more in each ten epochs from 20 to 50 than in any other,
    # which are the three tens in which the loss falls fastest.
    assert np.argmax(since_start[-1, :4]) == 0, where
    assert min(per_ten[2:5, 0]) > max(per_ten[[0, 1, 5], 0]), where
    assert sorted(np.argsort(fell)[-3:]) == [2, 3, 4], f"{where}: {fell}"
    # Its units 3 and 4 hardly turn: under 5° from their start, all the way.
    assert since_start[:, 2:4].max() < 5, f"{where}: {since_start[:, 2:4]}"


def test_the_boundary_figure(lesson):
    lesson.assert_figures_within_budget(figures=1)


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercise_output_bias(lesson):
    where = lesson.where("ex-output-bias")
    X, y = circles()
    _, grads = loss_and_gradients(initial_weights(WIDTHS, MODEL_SEED), X, y)
    want = float(grads[-1][1][0])
    by_hand, engine = numbers(lesson.shown("ex-output-bias"))
    assert_close(by_hand, want, 5.1e-13, "by hand", where)
    assert_close(engine, want, 5.1e-13, "engine", where)
    box = lesson.answer_boxes()["multi-layer-network-ex1"]
    assert_answer_box(box, want, 1e-3 * abs(want))


def test_exercise_without_zero_grad(lesson):
    where = lesson.where("ex-no-zero-grad")
    shown = lesson.shown("ex-no-zero-grad")
    X, y = circles()
    start = initial_weights(WIDTHS, MODEL_SEED)
    broken, broken_losses = train(start, X, y, EPOCHS, zero_grad=False)
    trained, losses = train(start, X, y, EPOCHS)
    rows = re.findall(rf"^ *(\d+) +({NUMBER}) +({NUMBER})$", shown, re.M)
    assert [int(r[0]) for r in rows] == list(range(0, EPOCHS, 10)), f"{where}: {rows}"
    for epoch, without, with_ in rows:
        assert_close(
            float(without), broken_losses[int(epoch)], 5.1e-5, "without", where
        )
        assert_close(float(with_), losses[int(epoch)], 5.1e-5, "with", where)
    final = re.search(rf"zero_grad: loss ({NUMBER}), accuracy ({NUMBER})%", shown)
    final_loss, _ = loss_and_gradients(broken, X, y)
    assert_close(float(final[1]), final_loss, 5.1e-5, "final loss", where)
    assert_close(
        float(final[2]), 100 * accuracy(broken, X, y), 0.051, "accuracy", where
    )
    # The prose: faster at first, then back up, ending above the correct loop's.
    assert broken_losses[10] < losses[10], where
    assert final_loss > 1.5 * min(broken_losses), where
    # '4 wrong points at ŷ = ∓1 cost 4·2²/40 = 0.4': saturated outputs.
    assert accuracy(broken, X, y) == 0.9 and abs(final_loss - 0.4) < 1e-4, where
    assert abs(final_loss / loss_and_gradients(trained, X, y)[0] - 2) < 0.05, where
    assert final_loss > 1.5 * loss_and_gradients(trained, X, y)[0], where
    # 'Within 1e-4 of ±1', and every new gradient nearly 0: the last line.
    smallest = min(abs(output(broken, x)) for x in X)
    _, grads = loss_and_gradients(broken, X, y)
    largest = max(float(np.max(np.abs(g))) for pair in grads for g in pair)
    found = re.search(
        rf"^smallest \|ŷ\| ({NUMBER}), largest new \|∂L/∂θ\| ({NUMBER})$", shown, re.M
    )
    assert found, f"{where}: {shown}"
    assert_close(float(found[1]), smallest, 5.1e-7, "smallest |ŷ|", where)
    assert_close(float(found[2]), largest, 0.051 * largest, "largest gradient", where)
    assert 1 - smallest < 1e-4 and largest < 1e-3, where
    box = lesson.answer_boxes()["multi-layer-network-ex2"]
    assert_answer_box(box, final_loss, 1e-3 * final_loss)


def test_exercise_single_neuron(lesson):
    where = lesson.where("ex-single-neuron")
    shown = lesson.shown("ex-single-neuron")
    X, y = circles()
    layers, losses = train(initial_weights([1], MODEL_SEED), X, y, EPOCHS)
    params, final_loss, percent = numbers(shown.replace("60 epochs", ""))
    assert params == 3, where
    assert_close(final_loss, losses[-1], 5.1e-5, "loss", where)
    right = accuracy(layers, X, y)
    assert_close(percent, 100 * right, 0.051, "accuracy", where)
    assert right < 0.75, f"{where}: a straight line separated the circles ({right})"
    box = lesson.answer_boxes()["multi-layer-network-ex3"]
    assert_answer_box(box, right, 0.01)
