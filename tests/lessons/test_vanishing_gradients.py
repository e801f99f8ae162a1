"""The vanishing-gradients page, against the variance formulas and a chain written here.

- Every printed table is recomputed here from the seeds and distributions the page
  states (the question): a forward and backward pass written independently of the
  page's code, itself checked against central finite differences.
- The variance formulas (forward Var z = n_in Var w E[h²], backward E[δ²] =
  E[φ′²] n_out Var w E[δ²]) are compared with the page's measurements, averaged
  over 100 networks, within a statistical tolerance: 4 standard errors.

Why 4 standard errors: each printed mean is the average of 100 independent
networks' variances, so by the central limit theorem it is close to normal around
its expectation, with the printed standard error as its spread. A correct formula
misses by more than 4 standard errors with probability about 6e-5 per number, so
the few dozen comparisons here fail by chance with probability under 0.5 %; the seeds are
fixed, so a pass is a pass for good. A wrong formula misses by far more: with
Var w = 1/m instead of 2/m a ReLU chain halves Var z at every layer (exercise 1),
thousands of standard errors by layer 5.
"""

from __future__ import annotations

import math
import re

import numpy as np
from scipy import integrate

from oracles import NUMBER, assert_close, assert_sig, gradient, numbers
from page_widgets import assert_answer_box

DEPTH, M, N, NETWORKS = 20, 64, 100, 100
TOLERANCE_SE = 4


# ── The oracle ───────────────────────────────────────────────────────────────


def phi(name, z):
    if name == "sigmoid":
        return 1 / (1 + np.exp(-z))
    return np.tanh(z) if name == "tanh" else np.where(z > 0, z, 0.0)


def phi_slope(name, z):
    if name == "sigmoid":
        s = 1 / (1 + np.exp(-z))
        return s * (1 - s)
    return 1 / np.cosh(z) ** 2 if name == "tanh" else (z > 0) * 1.0


def chain(name, weights, x, g):
    """(loss, pre-activations, δ per layer, ∂L/∂x) for L = Σ g ⊙ top output."""
    zs, h = [], x
    for w in weights:
        zs.append(h @ w)
        h = phi(name, zs[-1])
    upstream, deltas = g, []
    for w, z in zip(weights[::-1], zs[::-1], strict=True):
        deltas.insert(0, upstream * phi_slope(name, z))
        upstream = deltas[0] @ w.T
    return float(np.sum(g * h)), zs, deltas, upstream


def statistics(name, weight_var, seed=0):
    """Per layer: mean of z², mean of δ², ‖δ‖ (drawn as the page states)."""
    rng = np.random.default_rng(seed)
    weights = [rng.normal(0, math.sqrt(weight_var), size=(M, M)) for _ in range(DEPTH)]
    x, g = rng.normal(size=(N, M)), rng.normal(size=(N, M))
    _, zs, deltas, _ = chain(name, weights, x, g)
    return (
        np.array([np.mean(z**2) for z in zs]),
        np.array([np.mean(d**2) for d in deltas]),
        np.array([np.sqrt(np.sum(d**2)) for d in deltas]),
    )


def over_networks(name, weight_var):
    """Mean and standard error over NETWORKS seeds, of Var z and Var δ per layer."""
    runs = np.array([statistics(name, weight_var, s)[:2] for s in range(NETWORKS)])
    return runs, runs.mean(axis=0), runs.std(axis=0, ddof=1) / math.sqrt(NETWORKS)


def test_the_oracle_chain_against_finite_differences():
    rng = np.random.default_rng(3)
    weights = [rng.normal(0, 1, size=(5, 5)) for _ in range(3)]
    x, g = rng.normal(size=(2, 5)), rng.normal(size=(2, 5))
    for name in ("sigmoid", "tanh", "relu"):
        _, _, _, grad = chain(name, weights, x, g)
        numeric = gradient(lambda v, name=name: chain(name, weights, v, g)[0], x)
        scale = np.maximum(1, np.abs(numeric))
        assert np.all(np.abs(numeric - grad) < 1e-6 * scale), name


def assert_near(got, want, rel, what, where):
    """|got − want| ≤ rel · |want|."""
    assert_close(got, want, rel * abs(want), what, where)


def table(shown: str) -> dict[int, list[float]]:
    return {
        int(row[0]): [float(v) for v in row[1:]]
        for row in re.findall(
            rf"^ *(\d+) +({NUMBER}) +({NUMBER}) +({NUMBER})$", shown, re.M
        )
    }


# ── The page ─────────────────────────────────────────────────────────────────


def test_the_first_chain(lesson):
    where = lesson.where("deep-chain")
    z_var, _, delta_norm = statistics("tanh", 0.01)
    printed = numbers(lesson.shown("deep-chain").split("\n", 1)[1])
    _, z1, _, z20, _, d20, _, d1 = printed
    assert_near(z1, z_var[0], 5e-3, "Var z at layer 1", where)
    assert_near(z20, z_var[-1], 5e-3, "Var z at layer 20", where)
    assert_near(d20, delta_norm[-1], 5e-3, "‖δ‖ at layer 20", where)
    assert_near(d1, delta_norm[0], 5e-3, "‖δ‖ at layer 1", where)
    assert z20 < 1e-3 * z1 and d1 < 1e-2 * d20, f"{where}: no vanishing to speak of"


def test_gradient_checks_are_shown(lesson):
    lesson.assert_checks_named(
        [
            f"∂L/∂X by backpropagation through 3 {name} layers (2 examples, width 4)"
            for name in ("sigmoid", "tanh", "relu")
        ]
        + ["σ′(z) = σ(z)(1 − σ(z)) at z = 0.7"],
    )


def test_bad_input_raises_value_error(lesson):
    then = """
for call in (lambda: run_chain("softplus", 0.01), lambda: run_chain("relu", 0.0),
             lambda: run_chain("relu", -1.0), lambda: run_chain("tanh", 0.01, depth=0)):
    try:
        call()
        print("no error")
    except ValueError as error:
        print("ValueError:", error)
"""
    where = lesson.where("deep-chain")
    lines = lesson.probe("deep-chain", then).splitlines()
    assert len(lines) == 4, f"{where}: {lines}"
    assert all(line.startswith("ValueError: ") for line in lines), f"{where}: {lines}"
    assert "'softplus'" in lines[0] and "0.0" in lines[1] and "-1.0" in lines[2], (
        f"{where}: {lines}"
    )
    shown = lesson.shown("chain-bad-input").splitlines()
    assert shown[0::2] == [
        'run_chain("softplus", 0.01) -> ValueError:',
        'run_chain("relu", 0.0) -> ValueError:',
    ], f"{lesson.where('chain-bad-input')}: {shown}"
    assert "got 'softplus'" in shown[1] and shown[3].endswith("0.0"), shown


def check_norms_table(lesson, block_id, weight_vars):
    where = lesson.where(block_id)
    rows = table(lesson.shown(block_id))
    assert sorted(rows) == list(range(1, DEPTH + 1)), f"{where}: {sorted(rows)}"
    norms = {}
    for column, (name, var) in enumerate(weight_vars.items()):
        norms[name] = statistics(name, var)[2]
        for k, row in rows.items():
            assert_near(row[column], norms[name][k - 1], 5e-3, f"{name} k={k}", where)
    return norms


def test_small_weights_make_every_gradient_vanish(lesson):
    where = lesson.where("small-weights")
    norms = check_norms_table(
        lesson, "small-weights", {"sigmoid": 0.01, "tanh": 0.01, "relu": 0.01}
    )
    for name, column in norms.items():  # every column shrinks on the way down
        assert np.all(np.diff(column) > 0), f"{where}: {name} does not shrink"
    per_layer = {
        name: (column[-1] / column[0]) ** (1 / 19) for name, column in norms.items()
    }
    assert 4 < per_layer["sigmoid"] < 6, f"{where}: sigmoid 'about a factor of five'"
    assert per_layer["sigmoid"] == max(per_layer.values()), where  # 'loses the most'
    last = lesson.shown("small-weights").splitlines()[-1]
    found = re.fullmatch(
        rf"‖δ‖ shrinks per layer by \(geometric mean of 19 steps\): "
        rf"sigmoid ({NUMBER}), tanh ({NUMBER}), relu ({NUMBER})",
        last,
    )
    assert found, f"{where}: {last}"
    for name, got in zip(per_layer, found.groups(), strict=True):
        assert abs(float(got) - per_layer[name]) <= 5.1e-3, f"{where}: {name}"
    # The figure's description says "more than N orders of magnitude", with N
    # computed by the listing: the whole part of log10 of the drop.
    drop = norms["sigmoid"][-1] / norms["sigmoid"][0]
    orders = int(math.log10(drop))
    assert orders >= 13, where
    assert f"by more than {orders} orders of magnitude" in lesson.html, where


def test_xavier_and_he_keep_the_gradient(lesson):
    where = lesson.where("scaled-init")
    norms = check_norms_table(
        lesson, "scaled-init", {"sigmoid": 1 / M, "tanh": 1 / M, "relu": 2 / M}
    )
    relu = norms["relu"][0] / norms["relu"][-1]
    assert 0.5 < relu < 2, f"{where}: ReLU 'within a factor of two': {relu}"
    tanh = norms["tanh"][-1] / norms["tanh"][0]
    assert 4 < tanh < 6, f"{where}: tanh 'a factor of about five': {tanh}"
    assert norms["sigmoid"][0] / norms["sigmoid"][-1] < 1e-10, where
    last = lesson.shown("scaled-init").splitlines()[-1]
    found = re.fullmatch(
        rf"‖δ‖ at layer 1 / at layer 20: sigmoid ({NUMBER}), tanh ({NUMBER}), "
        rf"relu ({NUMBER})",
        last,
    )
    assert found, f"{where}: {last}"
    for name, got in zip(norms, found.groups(), strict=True):
        assert_near(float(got), norms[name][0] / norms[name][-1], 5e-3, name, where)


def test_the_figure(lesson):
    lesson.assert_figures_within_budget(figures=1)


def measured_table(lesson):
    where = lesson.where("measure-variances")
    shown = lesson.shown("measure-variances")
    pair = rf"({NUMBER}) ± ({NUMBER})"
    rows = re.findall(rf"^ *(\d+) +{pair} +{pair} +{pair} +{pair}$", shown, re.M)
    assert [int(r[0]) for r in rows] == list(range(1, DEPTH + 1)), where
    return where, np.array([[float(v) for v in r[1:]] for r in rows])


def test_measured_variances_are_what_the_networks_give(lesson):
    where, rows = measured_table(lesson)
    for offset, (name, var) in ((0, ("relu", 2 / M)), (4, ("tanh", 1 / M))):
        _, mean, se = over_networks(name, var)
        for i, what in enumerate(("Var z", "Var δ")):
            np.testing.assert_allclose(
                rows[:, offset + 2 * i], mean[i], atol=5.1e-4, err_msg=f"{where} {what}"
            )
            np.testing.assert_allclose(
                rows[:, offset + 2 * i + 1], se[i], atol=5.1e-4, err_msg=where
            )


def test_he_initialisation_keeps_both_variances(lesson):
    """ReLU, Var w = 2/m: Var z = 2 and E[δ²] = 1/2 at every layer (the header)."""
    where, rows = measured_table(lesson)
    for column, formula, what in ((0, 2.0, "Var z"), (2, 0.5, "Var δ")):
        mean, se = rows[:, column], rows[:, column + 1]
        misses = np.abs(mean - formula) / se
        assert np.all(misses <= TOLERANCE_SE), f"{where}: {what} misses {misses}"
        assert np.all(misses <= 2.5), f"{where}: 'within about two' {misses.max()}"
    shown = lesson.shown("measure-variances")
    assert "Var z (2)      Var δ (1/2)" in shown, where
    # The line under the table, from the unrounded means and standard errors.
    _, mean, se = over_networks("relu", 2 / M)
    largest = np.max(np.abs(mean - np.array([[2.0], [0.5]])) / se)
    found = re.search(
        rf"^ReLU: largest miss from the formulas ({NUMBER}) standard errors$",
        shown,
        re.M,
    )
    assert found and abs(float(found[1]) - largest) <= 0.051, f"{where}: {largest}"


def test_xavier_for_tanh_holds_at_the_first_layer_only(lesson):
    where, rows = measured_table(lesson)
    mean_z, se_z, mean_d = rows[:, 4], rows[:, 5], rows[:, 6]
    assert abs(mean_z[0] - 1) <= TOLERANCE_SE * se_z[0], f"{where}: layer 1"
    assert np.all(mean_z[1:] < 1 - 10 * se_z[1:]), where  # the formula fails above
    assert np.all(np.diff(mean_z) < 0) and np.all(np.diff(mean_d) > 0), where
    # The wide-layer recursion q ← E[tanh(√q ξ)²], ξ standard normal, computed
    # here by the trapezoid rule: the measurements follow it to a few percent
    # (finite width m = 64 adds corrections of order 1/m to what it predicts).
    xi = np.linspace(-10, 10, 20001)
    density = np.exp(-(xi**2) / 2) / math.sqrt(2 * math.pi)
    q = [1.0]
    for _ in range(DEPTH - 1):
        q.append(float(np.trapezoid(np.tanh(math.sqrt(q[-1]) * xi) ** 2 * density, xi)))
    q = np.array(q)
    assert np.all(np.abs(mean_z - q) <= TOLERANCE_SE * se_z + 0.05 * q), (
        f"{where}: measured {mean_z}, recursion {q}"
    )
    # The prose: 'roughly like 1/(2k)'; exercise 3: 'at layer 5 ... well above
    # 1/(2k); by layer 20 the measurement is close to 1/40'.
    k = np.arange(1, DEPTH + 1)
    assert abs(mean_z[-1] * 2 * DEPTH - 1) < 0.05, where
    assert np.all(np.abs(mean_z[9:] * 2 * k[9:] - 1) < 0.15), where
    assert mean_z[4] * 2 * 5 > 1.2, f"{where}: layer 5 is not well above 1/10"


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercise_xavier_for_relu(lesson):
    where = lesson.where("ex-relu-xavier")
    runs, mean, _ = over_networks("relu", 1 / M)
    shown = lesson.shown("ex-relu-xavier")
    found = re.search(
        rf"layer 1 ({NUMBER}), at layer 20 ({NUMBER})\n"
        rf"measured factor ({NUMBER}), predicted \(1/2\)\^19 = ({NUMBER})",
        shown,
    )
    assert found, f"{where}: {shown}"
    got_1, got_20, factor, predicted = map(float, found.groups())
    assert_near(got_1, mean[0][0], 5e-4, "layer 1", where)
    assert_near(got_20, mean[0][19], 5e-4, "layer 20", where)
    ratio = mean[0][19] / mean[0][0]
    assert_near(factor, ratio, 5e-4, "factor", where)
    assert predicted == float(f"{0.5**19:.3e}"), where
    # 'Close to the prediction': within 4 standard errors of the layer-20 mean
    # (layer 1's mean is far more precise), each halving 2^-k like the formula.
    se_20 = runs[:, 0, 19].std(ddof=1) / math.sqrt(NETWORKS)
    assert abs(mean[0][19] - 0.5**19 * mean[0][0]) <= TOLERANCE_SE * se_20, where
    # The standard error of the He mean at layer 20, relative to the mean.
    _, he_mean, he_se = over_networks("relu", 2 / M)
    relative = he_se[0][19] / he_mean[0][19]
    found = re.search(
        rf"He, layer 20: standard error (\d+)% of the mean\n"
        rf"largest relative difference from the He column / 2\^k: ({NUMBER})",
        shown,
    )
    assert found, f"{where}: {shown}"
    assert int(found[1]) == round(100 * relative), f"{where}: {relative}"
    # ReLU(cz) = c ReLU(z): the same seeds give the He column divided by 2^k.
    exact = np.max(np.abs(mean[0] / (he_mean[0] / 2.0 ** np.arange(1, 21)) - 1))
    assert exact < 1e-12 and float(found[2]) < 1e-12, f"{where}: {exact}"
    box = lesson.answer_boxes()["vanishing-gradients-ex1"]
    assert_answer_box(box, 0.5**19, 1e-2 * 0.5**19)


def test_exercise_sigmoid_slope(lesson):
    where = lesson.where("ex-sigmoid")
    lines = lesson.shown("ex-sigmoid").splitlines()
    largest, measured, bound = (float(re.findall(NUMBER, x)[-1]) for x in lines)
    assert largest == 0.25, where  # σ′(0) = 1/4 is on the grid
    delta_var = statistics("sigmoid", 1 / M)[1]
    assert abs(measured - (delta_var[0] / delta_var[19]) ** (1 / 19)) <= 5.1e-5, where
    assert measured < 1 / 16 and bound == 0.0625, where
    box = lesson.answer_boxes()["vanishing-gradients-ex2"]
    assert_answer_box(box, 1 / 16, 1e-2 / 16)


def test_exercise_tanh_decay(lesson):
    where = lesson.where("ex-tanh-decay")
    _, mean, _ = over_networks("tanh", 1 / M)
    rows = re.findall(
        rf"^ *(\d+) +({NUMBER}) +({NUMBER}) +({NUMBER}) +({NUMBER})$",
        lesson.shown("ex-tanh-decay"),
        re.M,
    )
    assert [int(r[0]) for r in rows] == [5, 10, 15, 20], where
    for k, measured, predicted, measured_d, predicted_d in rows:
        k = int(k)
        assert abs(float(measured) - mean[0][k - 1]) <= 5.1e-5, where
        assert float(predicted) == round(1 / (2 * k), 4), where
        assert abs(float(measured_d) - mean[1][k - 1]) <= 5.1e-5, where
        assert float(predicted_d) == round((k - 1) / 20, 4), where
        # 'about (k − 1)/20' once q_k is small
        assert abs(mean[1][k - 1] - (k - 1) / 20) < 0.05, f"{where}: layer {k}"
    box = lesson.answer_boxes()["vanishing-gradients-ex3"]
    assert_answer_box(box, 1 / 40, 1e-2 / 40)


# ── Exercise 3: the exact recursion, by two quadratures of its own ───────────


def next_variance_quad(q):
    """E[tanh(√q ξ)²] for a standard normal ξ, by adaptive quadrature (beyond
    |ξ| = 12 the normal density is below 1e-31)."""
    value, error = integrate.quad(
        lambda t: math.tanh(math.sqrt(q) * t) ** 2 * math.exp(-t * t / 2),
        -12,
        12,
        epsabs=1e-14,
        epsrel=1e-13,
        limit=200,
    )
    assert error < 1e-12
    return value / math.sqrt(2 * math.pi)


def exact_variances_grid(depth):
    """q_1 = 1, q_{k+1} = E[tanh(√q_k ξ)²], by the trapezoid rule on [−12, 12]
    (for a smooth integrand that dies off this fast, accurate to rounding)."""
    xi = np.linspace(-12, 12, 2401)
    weights = np.exp(-(xi**2) / 2) * (xi[1] - xi[0]) / math.sqrt(2 * math.pi)
    q = np.empty(depth)
    q[0] = 1.0
    for i in range(1, depth):
        q[i] = weights @ np.tanh(math.sqrt(q[i - 1]) * xi) ** 2
    return q


def tanh_top_variances(width, networks):
    """Var z at layer 20 of the tanh chain with Var w = 1/width, drawn as the page
    states (weights first, then the inputs), for seeds 0, 1, …"""
    tops = []
    for seed in range(networks):
        rng = np.random.default_rng(seed)
        weights = [
            rng.normal(0, math.sqrt(1 / width), size=(width, width))
            for _ in range(DEPTH)
        ]
        h = rng.normal(size=(N, width))
        for w in weights:
            z = h @ w
            h = np.tanh(z)
        tops.append(np.mean(z**2))
    return np.mean(tops), np.std(tops, ddof=1) / math.sqrt(networks)


def test_the_grid_recursion_agrees_with_adaptive_quadrature():
    q = 1.0
    grid = exact_variances_grid(DEPTH)
    for k in range(1, DEPTH):
        q = next_variance_quad(q)
        assert abs(q - grid[k]) < 1e-12 * q, k


def test_exercise_tanh_log_correction(lesson):
    where = lesson.where("ex-tanh-exact")
    shown = lesson.shown("ex-tanh-exact")
    rows = re.findall(rf"^ *(\d+) +({NUMBER}) +({NUMBER}) +({NUMBER})$", shown, re.M)
    assert [int(r[0]) for r in rows] == [5, 10, 20, 100, 1000, 10_000], where
    q = exact_variances_grid(10_000)
    k = np.arange(1, 10_001)
    settled = 1 / q - 2 * k + 5 / 6 * np.log(k)
    for row in rows:
        layer, printed_q, printed_ratio, printed_c = int(row[0]), *map(float, row[1:])
        assert_sig(printed_q, q[layer - 1], 4, f"q_{layer}", where)
        assert_close(printed_ratio, 2 * layer * q[layer - 1], 5.1e-5, "2k q_k", where)
        assert_close(printed_c, settled[layer - 1], 5.1e-5, f"C at k={layer}", where)
    # q_20 exact, by adaptive quadrature alone
    q_quad = 1.0
    for _ in range(DEPTH - 1):
        q_quad = next_variance_quad(q_quad)
    assert_sig(float(rows[2][1]), q_quad, 4, "q_20", where)
    # The prose: q_k above 1/(2k), with 2k q_k creeping down to 1; C negative.
    ratio = 2 * k * q
    assert np.all(ratio > 1) and np.all(np.diff(ratio) < 0), where
    assert settled[-1] < 0, where
    # The log correction: the reciprocal gains 2 − (5/3) q_k per layer, up to
    # O(q_k²), so 1/q_k − 2k + (5/6) ln k settles. The bound 0.01 bites: a
    # coefficient off by 0.1 on ln k would drift by 0.1 · ln 10 ≈ 0.23 from
    # k = 1000 to k = 10 000.
    gain = np.diff(1 / q) - (2 - 5 / 3 * q[:-1])
    assert np.all(np.abs(gain[99:]) < 10 * q[99:-1] ** 2), where
    assert abs(settled[-1] - settled[999]) < 0.01, where


def test_exercise_tanh_measurements_approach_the_exact_variance(lesson):
    where = lesson.where("ex-tanh-exact")
    shown = lesson.shown("ex-tanh-exact")
    rows = re.findall(
        rf"^ *(\d+) +({NUMBER}) ± ({NUMBER}) +(\d+)", shown.split("width", 1)[1], re.M
    )
    assert [(int(r[0]), int(r[3])) for r in rows] == [(64, 100), (256, 20), (1024, 4)]
    q_20 = exact_variances_grid(DEPTH)[-1]
    gaps = {}
    for width, mean, se, networks in rows:
        want_mean, want_se = tanh_top_variances(int(width), int(networks))
        assert_close(float(mean), want_mean, 5.1e-5, f"width {width}", where)
        assert_close(float(se), want_se, 5.1e-5, f"width {width} error", where)
        gaps[int(width)] = (q_20 - want_mean, want_se)
    # 'below the exact q_20 by several standard errors' at width 64 ...
    gap_64, se_64 = gaps[64]
    assert gap_64 > 3 * se_64, f"{where}: {gaps}"
    # ... 'and the wider chains come closer to it'.
    assert abs(gaps[256][0]) < gap_64 / 2 and abs(gaps[1024][0]) < gap_64 / 2, gaps
