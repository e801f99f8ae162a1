"""The digit-classifier capstone, against oracles that do not run the page's code.

- The data come from scikit-learn's bundled digits, loaded here; the split is
  regenerated from the seed and the rule the page states (a seeded permutation,
  the first 360 for testing), and the page's own index arrays must be disjoint
  and cover every image.
- Softmax and cross-entropy are written with Python floats (math.exp,
  math.log); the gradient (P − Y)/B is compared with central finite differences
  of that loss, computed here.
- The network is re-implemented here (its seeded initialisation from the stated
  recipe, its forward pass, its backpropagation); the trained parameters the
  page's listings leave behind are run through it to recompute the test
  accuracy, the test loss and the list of mistakes (in a reader's Python).
- Bad input: images that are not rows of 64 pixels raise ValueError, in the
  page's listing and here on shapes the page does not show.
"""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pytest
from sklearn.datasets import load_digits

from oracles import NUMBER, gradient, search, softmax
from page_widgets import assert_answer_box

N_TEST, HIDDEN, BATCH, EPOCHS = 360, 32, 32, 20
ACCURACY_THRESHOLD = 0.95


def value(pattern: str, shown: str, where: str) -> str:
    return search(pattern, shown, where)[1]


# ── Oracles, written here ────────────────────────────────────────────────────


def digits():
    data = load_digits()
    return data.data / 16.0, data.target


def split():
    """The stated rule: default_rng(0).permutation(n), the first 360 for testing."""
    _, labels = digits()
    order = np.random.default_rng(0).permutation(len(labels))
    return order[N_TEST:], order[:N_TEST]


def cross_entropy(Z, labels) -> float:
    """Mean of -log p_true over the rows, in Python floats."""
    total = 0.0
    for z, label in zip(Z, labels, strict=True):
        total -= math.log(softmax(list(map(float, z)))[int(label)])
    return total / len(labels)


def initial_params(seed=1):
    rng = np.random.default_rng(seed)
    W1 = rng.normal(size=(64, HIDDEN)) / 8.0  # 1/√64
    W2 = rng.normal(size=(HIDDEN, 10)) / math.sqrt(HIDDEN)
    return {"W1": W1, "b1": np.zeros(HIDDEN), "W2": W2, "b2": np.zeros(10)}


def scores(params, X):
    return np.tanh(X @ params["W1"] + params["b1"]) @ params["W2"] + params["b2"]


def loss(params, X, labels):
    return cross_entropy(scores(params, X), labels)


def pixel_gradient(params, x, label):
    """dℓ/dx for one image, by backpropagation written out here."""
    H = np.tanh(x @ params["W1"] + params["b1"])
    p = np.array(softmax(list(H @ params["W2"] + params["b2"])))
    p[label] -= 1.0  # p - y
    return params["W1"] @ ((params["W2"] @ p) * (1 - H**2))


# ── What the page's listings leave behind, run as a reader runs them ─────────

DUMP = """
import json
def _plain(params):
    return {k: np.asarray(v).tolist() for k, v in params.items()}
_Z = np.random.default_rng(11).normal(size=(5, 10))
_labels = np.array([0, 3, 3, 9, 5])
print(json.dumps({
    "train_index": train_index.tolist(),
    "test_index": test_index.tolist(),
    "params": _plain(params),
    "momentum_params": _plain(momentum_params),
    "predicted": predicted.tolist(),
    "Z": _Z.tolist(),
    "labels": _labels.tolist(),
    "gradient": cross_entropy_gradient(_Z, _labels).tolist(),
}))
"""


@pytest.fixture(scope="module")
def state(lesson):
    """The page's objects after its last listing, from one reader's Python."""
    loaded = json.loads(lesson.probe("ex-momentum", DUMP))
    for name in ("params", "momentum_params"):
        loaded[name] = {k: np.array(v) for k, v in loaded[name].items()}
    return loaded


# ── The data ─────────────────────────────────────────────────────────────────


def test_data_as_printed(lesson):
    where = lesson.where("digits-data")
    shown = lesson.shown("digits-data")
    X, labels = digits()
    counts = np.bincount(labels).tolist()
    assert shown.splitlines() == [
        f"{len(labels)} images, 64 pixels each (8×8)",
        "pixel values from 0 to 16",
        f"images per digit: {counts}",
        f"training set: {len(labels) - N_TEST} images, test set: {N_TEST} images",
        "images in both sets: 0; images in neither: 0",
    ], f"{where}: {shown}"
    assert len(labels) == 1797 and X.shape == (1797, 64), where
    assert all(170 <= c <= 190 for c in counts), f"{where}: 'about 180' each"


def test_split_is_disjoint_covers_the_data_and_follows_the_seed(lesson, state):
    where = lesson.where("digits-data")
    train, test = state["train_index"], state["test_index"]
    assert len(train) == len(set(train)) and len(test) == len(set(test)), where
    assert not set(train) & set(test), f"{where}: an image is in both sets"
    assert set(train) | set(test) == set(range(1797)), f"{where}: images lost"
    want_train, want_test = split()
    assert test == want_test.tolist() and train == want_train.tolist(), where


# ── Softmax and cross-entropy ────────────────────────────────────────────────


def test_softmax_example(lesson):
    where = lesson.where("softmax")
    shown = lesson.shown("softmax")
    z = [2.0, 1.0, 0.1, 0, 0, 0, 0, 0, 0, -1.0]
    p = softmax(z)
    printed = json.loads(value(r"probabilities: (\[.*\])", shown, where))
    assert printed == pytest.approx(p, abs=5e-4), where
    assert value(r"sum of the probabilities: (\S+)", shown, where) == "1.000000"
    ce0 = float(value(rf"digit is 0: ({NUMBER})", shown, where))
    ce9 = float(value(rf"digit is 9: ({NUMBER})", shown, where))
    assert ce0 == pytest.approx(-math.log(p[0]), abs=5e-5), where
    assert ce9 == pytest.approx(-math.log(p[9]), abs=5e-5), where
    # The prose: the 9's loss is exactly 3 more, its score being 3 lower.
    assert -math.log(p[9]) + math.log(p[0]) == pytest.approx(3.0, abs=1e-12)
    slope = json.loads(value(r"dL/dz if the digit is 0: (\[.*\])", shown, where))
    assert slope == pytest.approx([p[0] - 1, *p[1:]], abs=5e-4), where
    assert slope[0] < 0 and all(g > 0 for g in slope[1:]), where


def test_cross_entropy_gradient_is_p_minus_y_over_b(lesson, state):
    """The page's gradient on scores it never saw, against finite differences
    of the loss written here and against (P − Y)/B computed here."""
    where = lesson.where("softmax")
    Z, labels = np.array(state["Z"]), np.array(state["labels"])
    page = np.array(state["gradient"])
    numeric = gradient(lambda t: cross_entropy(t, labels), Z)
    assert np.max(np.abs(page - numeric)) < 1e-8, f"{where}: vs finite differences"
    P = np.array([softmax(list(z)) for z in Z])
    Y = np.eye(10)[labels]
    assert np.allclose(page, (P - Y) / len(labels), rtol=0, atol=1e-15), where
    # Without the 1/B, or with y - p, the finite differences would disagree.
    assert np.max(np.abs((P - Y) - numeric)) > 1e-2
    assert np.max(np.abs((Y - P) / len(labels) - numeric)) > 1e-2


# ── The network and its gradient ─────────────────────────────────────────────


def test_network_size_and_starting_loss(lesson):
    where = lesson.where("network")
    shown = lesson.shown("network")
    X, labels = digits()
    train, _ = split()
    assert int(value(r"parameters: (\d+)", shown, where)) == 75 * HIDDEN + 10
    start = loss(initial_params(), X[train], labels[train])
    printed = float(value(rf"before training: ({NUMBER})", shown, where))
    assert printed == pytest.approx(start, abs=5e-5), where
    assert float(value(rf"log 10 = ({NUMBER})", shown, where)) == pytest.approx(
        math.log(10), abs=5e-5
    )
    # The prose: close to log 10 and a little higher.
    assert math.log(10) < start < math.log(10) + 0.3, where


def test_backward_exact_zeros_are_the_blank_pixels(lesson):
    where = lesson.where("backward")
    shown = lesson.shown("backward")
    X, _ = digits()
    train, _ = split()
    blank = int(np.sum(np.all(X[train[:BATCH]] == 0, axis=0)))
    found = re.search(r"θ has (\d+) entries; of ∇L, (\d+) are exactly 0", shown)
    assert found, f"{where}: {shown}"
    assert int(found[1]) == 75 * HIDDEN + 10, where
    assert int(found[2]) == HIDDEN * blank, f"{where}: {blank} blank pixels"
    assert f"pixels blank in all 32 images of the batch: {blank}" in shown, where
    # The prose: the leftmost column is blank in nearly every image.
    leftmost = X.reshape(-1, 8, 8)[:, :, 0]
    assert np.mean(leftmost == 0) > 0.99, f"{where}: {np.mean(leftmost == 0)}"
    for line, shape in zip(
        shown.splitlines()[:4], ["(64, 32)", "(32,)", "(32, 10)", "(10,)"], strict=True
    ):
        assert line.endswith(f"shape {shape}"), f"{where}: {line}"


def test_entry_by_entry_check_would_measure_rounding_noise():
    """The prose: checked entry by entry at the start, on the first batch, the
    gradient (by this file's own backpropagation, exact to rounding) misses the
    site's bound 1e-7, because of tiny entries; the page checks along directions."""
    X, labels = digits()
    train, _ = split()
    Xb, yb = X[train[:BATCH]], labels[train[:BATCH]]
    params = initial_params()
    names = ("W1", "b1", "W2", "b2")
    sizes = [params[k].size for k in names]

    def unpack(theta):
        parts = np.split(theta, np.cumsum(sizes)[:-1])
        return {
            k: v.reshape(params[k].shape) for k, v in zip(names, parts, strict=True)
        }

    def backprop(p):
        Z1 = Xb @ p["W1"] + p["b1"]
        H1 = np.tanh(Z1)
        dZ2 = np.array([softmax(list(z)) for z in H1 @ p["W2"] + p["b2"]])
        dZ2 = (dZ2 - np.eye(10)[yb]) / len(yb)
        dZ1 = (dZ2 @ p["W2"].T) * (1 - H1**2)
        return np.concatenate(
            [(Xb.T @ dZ1).ravel(), dZ1.sum(0), (H1.T @ dZ2).ravel(), dZ2.sum(0)]
        )

    theta = np.concatenate([params[k].ravel() for k in names])
    exact = backprop(params)
    numeric = gradient(
        lambda t: float(
            np.mean(
                np.log(np.exp(scores(unpack(t), Xb)).sum(1))
                - scores(unpack(t), Xb)[np.arange(BATCH), yb]
            )
        ),
        theta,
    )
    scale = np.maximum(np.abs(exact), np.abs(numeric))
    entrywise = np.abs(exact - numeric) / np.where(scale > 0, scale, 1)
    assert np.max(entrywise) > 1e-7, np.max(entrywise)
    # The large entries agree closely: the misses are tiny entries.
    assert np.max(entrywise[scale > 1e-2]) < 1e-7, "large entries agree"
    # Every miss is rounding noise: tiny in absolute terms.
    assert np.max(np.abs(exact - numeric)) < 1e-9, np.max(np.abs(exact - numeric))


# ── Training ─────────────────────────────────────────────────────────────────


def test_training_reaches_the_threshold_and_the_accuracy_recomputes(lesson, state):
    where = lesson.where("train")
    shown = lesson.shown("train")
    X, labels = digits()
    train, test = split()
    steps = EPOCHS * math.ceil(len(train) / BATCH)
    assert int(value(r"(\d+) steps of mini-batch SGD", shown, where)) == steps
    epochs = {
        int(e): float(v)
        for e, v in re.findall(rf"epoch\s+(\d+): training loss ({NUMBER})", shown)
    }
    assert sorted(epochs) == [0, 1, 2, 5, 10, 15, 20], f"{where}: {epochs}"
    assert epochs[0] == pytest.approx(
        loss(initial_params(), X[train], labels[train]), abs=5e-5
    )
    values = [epochs[e] for e in sorted(epochs)]
    assert values == sorted(values, reverse=True), f"{where}: {values}"
    assert epochs[1] < 1 and epochs[20] < 0.1, where  # what the prose says

    params = state["params"]
    assert epochs[20] == pytest.approx(
        loss(params, X[train], labels[train]), abs=5e-5
    ), f"{where}: training loss of the returned parameters"
    mine = np.argmax(scores(params, X[test]), axis=1)
    correct = int(np.sum(mine == labels[test]))
    found = re.search(rf"test accuracy: (\d+) of (\d+) = ({NUMBER})", shown)
    assert found, f"{where}: {shown}"
    assert (int(found[1]), int(found[2])) == (correct, N_TEST), where
    assert float(found[3]) == pytest.approx(correct / N_TEST, abs=5e-5), where
    assert correct / N_TEST >= ACCURACY_THRESHOLD, f"{where}: {correct} of {N_TEST}"
    assert mine.tolist() == state["predicted"], where
    test_loss = float(value(rf"test loss ({NUMBER})", shown, where))
    assert test_loss == pytest.approx(loss(params, X[test], labels[test]), abs=5e-5)
    assert test_loss > epochs[20], where  # the prose: higher than training loss


def test_mistakes_list_and_figure(lesson, state):
    where = lesson.where("mistakes")
    shown = lesson.shown("mistakes")
    X, labels = digits()
    _, test = split()
    mine = np.argmax(scores(state["params"], X[test]), axis=1)
    wrong = np.flatnonzero(mine != labels[test])
    assert shown.splitlines() == [
        f"misclassified: {len(wrong)} of {N_TEST} test images",
        *(
            f"  test image {i:3d}: true {labels[test][i]} → predicted {mine[i]}"
            for i in wrong
        ),
    ], f"{where}: {shown}"
    lesson.assert_figure_described("mistakes-figure")
    where, svg = lesson.where("mistakes-figure"), lesson.shown("mistakes-figure")
    shown_count = min(12, len(wrong))
    assert "data:image" not in svg, f"{where}: a bitmap in the figure"
    assert svg.count("<path ") >= 64 * shown_count, f"{where}: pixels"
    titles = re.findall(r"(\d) → (\d)", svg)
    want = [(str(labels[test][i]), str(mine[i])) for i in wrong[:shown_count]]
    assert titles == want, f"{where}: titles {titles}, expected {want}"


def test_figures(lesson):
    lesson.assert_figures_within_budget(figures=2)
    lesson.assert_figure_described("loss-figure")


# ── Bad input ────────────────────────────────────────────────────────────────


def test_page_shows_the_wrong_image_size_error(lesson):
    where = lesson.where("bad-input")
    lines = lesson.shown("bad-input").splitlines()
    assert len(lines) == 5, f"{where}: {lines}"
    assert lines[0].endswith("-> ValueError:") and lines[2].endswith("-> ValueError:")
    assert "(n, 64)" in lines[1] and lines[1].endswith("got shape (1, 784)"), where
    assert lines[3].endswith("got shape (8, 8)"), where
    _, labels = digits()
    _, test = split()
    assert lines[4].endswith(f"true {labels[test][0]}"), where


BAD_CALLS = """
for label, call in [
    ("63 pixels", lambda: predict(params, np.zeros((3, 63)))),
    ("one flat image", lambda: predict(params, np.zeros(64))),
    ("a stack of 8x8", lambda: forward(params, np.zeros((2, 8, 8)))),
    ("train on 65", lambda: train(np.zeros((4, 65)), np.zeros(4, int), epochs=1)),
    ("labels", lambda: train(X_train[:4], y_train[:3], epochs=1)),
    ("label 10", lambda: train(X_train[:4], np.array([0, 1, 2, 10]), epochs=1)),
    ("nan", lambda: train(X_train[:4], y_train[:4], learning_rate=float("nan"))),
]:
    try:
        call()
        print(label, "no error")
    except ValueError as error:
        print(label, "ValueError", error)
print("good call:", predict(params, X_test[:3]).shape)
"""


def test_bad_input_raises_value_error(lesson):
    where = lesson.where("train")
    lines = lesson.probe("train", BAD_CALLS).splitlines()
    assert len(lines) == 8, f"{where}: {lines}"
    for line, shape in zip(
        lines[:4], ["(3, 63)", "(64,)", "(2, 8, 8)", "(4, 65)"], strict=True
    ):
        assert "ValueError" in line and line.endswith(f"got shape {shape}"), line
        assert "64" in line.split("ValueError", 1)[1], line
    assert "ValueError" in lines[4] and "(3,)" in lines[4], lines[4]
    assert "ValueError" in lines[5] and "0 to 9" in lines[5], lines[5]
    assert "ValueError" in lines[6] and "learning_rate" in lines[6], lines[6]
    assert lines[7] == "good call: (3,)", lines[7]


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercise_guessing(lesson):
    where = lesson.where("ex-guessing")
    shown = lesson.shown("ex-guessing")
    assert float(value(rf"b2 = 0: ({NUMBER})", shown, where)) == pytest.approx(
        math.log(10), abs=5e-7
    )
    _, labels = digits()
    train, _ = split()
    share = np.bincount(labels[train], minlength=10) / len(train)
    for name in ("dL/db2:", "1/10 - share:"):
        printed = json.loads(value(rf"{re.escape(name)}\s+(\[.*\])", shown, where))
        assert printed == pytest.approx(0.1 - share, abs=5e-6), f"{where}: {name}"


def test_exercise_pixel_gradient(lesson, state):
    where = lesson.where("ex-input-gradient")
    shown = lesson.shown("ex-input-gradient")
    X, labels = digits()
    _, test = split()
    params = state["params"]
    mine = np.argmax(scores(params, X[test]), axis=1)
    i = int(np.flatnonzero(mine != labels[test])[0])
    x, label = X[test][i], int(labels[test][i])
    by_backprop = pixel_gradient(params, x, label)
    numeric = gradient(lambda v: loss(params, v[None], [label]), x)
    assert np.max(np.abs(by_backprop - numeric)) < 1e-7, "the oracle's own backprop"
    largest = float(np.max(np.abs(by_backprop)))
    row, column = divmod(int(np.argmax(np.abs(by_backprop))), 8)
    assert shown.splitlines() == [
        f"test image {i}: true {label}, predicted {mine[i]}",
        f"largest |dℓ/dx_j|: {largest:.4f}, at row {row}, column {column}",
    ], f"{where}: {shown}"


def test_exercise_momentum(lesson, state):
    where = lesson.where("ex-momentum")
    shown = lesson.shown("ex-momentum")
    X, labels = digits()
    _, test = split()
    counts = []
    for name, params in (
        ("momentum", state["momentum_params"]),
        ("plain SGD", state["params"]),
    ):
        correct = int(np.sum(np.argmax(scores(params, X[test]), 1) == labels[test]))
        counts.append(correct)
        assert (
            f"{name}: test accuracy {correct} of {N_TEST} = {correct / N_TEST:.4f}"
            in shown
        ), f"{where}: {name}\n{shown}"
    # The prose: the two runs land within a test image or two of each other.
    assert abs(counts[0] - counts[1]) <= 2, f"{where}: {counts}"


def test_exercise_answer_boxes(lesson, state):
    boxes = lesson.answer_boxes()
    assert set(boxes) == {f"digit-classifier-ex{n}" for n in (1, 2, 3)}, sorted(boxes)
    assert_answer_box(boxes["digit-classifier-ex1"], math.log(10), 1e-3 * math.log(10))
    X, labels = digits()
    _, test = split()
    params = state["params"]
    mine = np.argmax(scores(params, X[test]), axis=1)
    i = int(np.flatnonzero(mine != labels[test])[0])
    largest = float(np.max(np.abs(pixel_gradient(params, X[test][i], labels[test][i]))))
    assert_answer_box(boxes["digit-classifier-ex2"], largest, 1e-2 * largest)
    momentum = state["momentum_params"]
    accuracy = float(np.mean(np.argmax(scores(momentum, X[test]), 1) == labels[test]))
    assert_answer_box(boxes["digit-classifier-ex3"], accuracy, 0.001)


def test_every_gradient_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "∂p₃/∂zⱼ = p₃([j = 3] − pⱼ), for all ten scores zⱼ",
            "∂L/∂Z = (P − Y)/B for a batch of 4 random score rows",
            "backpropagation gradient of all 2,410 parameters, along 5 random directions",
            "∂ℓ/∂x of one test image, along 5 random directions in pixel space",
        ],
    )
