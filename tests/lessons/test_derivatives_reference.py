"""The derivatives reference page against derivatives worked by hand here.

Each oracle is the textbook formula evaluated with `math`, independently of the
page's code; the page prints values rounded to 6 (rules) or 4 (activations)
decimals.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, localcontext

import numpy as np
import pytest

from engine import pages
from listings import DOCS
from oracles import NUMBER, derivative, gradient, numbers, softmax
from page_widgets import assert_answer_box, gradient_checks


def after_equals(text: str) -> float:
    return float(text.rsplit("= ", 1)[1])


def row(text: str, label: str) -> list[float]:
    """The numbers printed after `label` on the line that starts with it."""
    line = next(line for line in text.splitlines() if line.startswith(label))
    return numbers(line[len(label) :])


def sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-z))


@pytest.mark.parametrize(
    ("block_id", "oracle"),
    [
        ("sum-rule-example", 3 * 2 * 1.0 + 5 * math.cos(1.0)),
        ("power-rule-example", 3 * 2.0**2 - 2.0**-2 + 0.5 * 2.0**-0.5),
        ("product-rule-example", 2 * 1.0 * math.sin(1.0) + 1.0**2 * math.cos(1.0)),
        ("quotient-rule-example", (2.0 * math.cos(2.0) - math.sin(2.0)) / 2.0**2),
        ("chain-rule-example", math.exp(-(0.7**2) / 2) * -0.7),
    ],
)
def test_rules(lesson, block_id, oracle):
    got = after_equals(lesson.shown(block_id))
    assert got == pytest.approx(oracle, abs=5e-7), (
        f"{lesson.where(block_id)}: expected {oracle:.6f}, got {got}"
    )


Z5 = [-3.0, -0.5, 0.0, 0.5, 3.0]


@pytest.mark.parametrize(
    ("block_id", "label", "value", "slope"),
    [
        ("sigmoid-example", "σ", sigmoid, lambda z: sigmoid(z) * (1 - sigmoid(z))),
        ("tanh-example", "tanh", math.tanh, lambda z: 1 / math.cosh(z) ** 2),
    ],
)
def test_smooth_activations(lesson, block_id, label, value, slope):
    text, where = lesson.shown(block_id), lesson.where(block_id)
    assert row(text, "z ") == Z5, where
    assert row(text, f"{label}(z)") == pytest.approx([value(z) for z in Z5], abs=5e-5)
    got = row(text, f"{label}′(z)")
    assert got == pytest.approx([slope(z) for z in Z5], abs=5e-5), where
    # and against finite differences of the function, computed here
    numeric = [derivative(value, z) for z in Z5]
    assert got == pytest.approx(numeric, abs=5e-5 + 1e-8), where


def test_relu_and_its_kink(lesson):
    text = lesson.shown("relu-example")
    z = row(text, "z ")
    assert z == [-2.0, -0.5, 0.5, 2.0]
    assert row(text, "relu(z)") == [max(v, 0.0) for v in z]
    assert row(text, "relu′(z)") == [1.0 if v > 0 else 0.0 for v in z]
    # (relu(h) − relu(−h)) / 2h = h / 2h: the average of the one-sided slopes 0 and 1
    assert after_equals(text.replace(":", " =")) == pytest.approx(0.5, abs=1e-9)


def test_softmax_cross_entropy(lesson):
    text = lesson.shown("softmax-cross-entropy")
    z, y = [2.0, 1.0, 0.1, -1.0], [1.0, 0.0, 0.0, 0.0]
    p = softmax(z)
    where = lesson.where("softmax-cross-entropy")
    assert row(text, "softmax(z)") == pytest.approx(p, abs=5e-5), where
    assert row(text, "ℓ ") == pytest.approx([-math.log(p[0])], abs=5e-5), where
    # ∂ℓ/∂z_k by finite differences of ℓ(z) = −log softmax(z)_0, computed here
    numeric = gradient(lambda v: -math.log(softmax(v)[0]), z).tolist()
    got = row(text, "∂ℓ/∂z")
    assert got == pytest.approx(
        [pk - yk for pk, yk in zip(p, y, strict=True)], abs=5e-5
    )
    assert got == pytest.approx(numeric, abs=5e-5 + 1e-8), where


# ── Scores far apart: the two cases of the cross-entropy-failures listing ────


def two_class_loss(z, y) -> float:
    """−log p_t for two classes, t the true one: with u = z_other − z_t,
    p_t = 1 / (1 + e^u), so ℓ = log(1 + e^u) = max(u, 0) + log(1 + e^−|u|)."""
    t = y.index(1.0)
    u = z[1 - t] - z[t]
    return max(u, 0.0) + math.log1p(math.exp(-abs(u)))


def exact_loss(z, y) -> float:
    """The same loss in 60-digit decimal arithmetic, rounded once at the end."""
    with localcontext() as context:
        context.prec = 60
        t = y.index(1.0)
        u = Decimal(z[1 - t]) - Decimal(z[t])
        return float((1 + u.exp()).ln())


FAR_APART = {
    "z = (1000, 999), y = (1, 0)": ([1000.0, 999.0], [1.0, 0.0]),
    "z = (0, -800),   y = (0, 1)": ([0.0, -800.0], [0.0, 1.0]),
}


def failures(lesson) -> dict[tuple[str, str], tuple[float, list[str]]]:
    """(way, case) -> (the loss printed, the warnings printed under it)."""
    table, way, case = {}, None, None
    for line in lesson.shown("cross-entropy-failures").splitlines():
        if not line.startswith(" "):
            way = line
        elif line.strip().startswith("RuntimeWarning: "):
            table[way, case][1].append(line.strip().removeprefix("RuntimeWarning: "))
        else:
            case, value = line.strip().split(":  ℓ = ")
            table[way, case] = (float(value), [])
    return table


def test_the_exact_losses_of_the_far_apart_scores():
    """The oracles agree: 800 + log(1 + e^−800) is 800 in floating point, and
    log(1 + e^−1) is the loss of the first case."""
    first, second = FAR_APART.values()
    assert exact_loss(*first) == pytest.approx(math.log(1 + math.exp(-1)), rel=1e-15)
    assert exact_loss(*second) == 800.0
    for case in FAR_APART.values():
        assert two_class_loss(*case) == pytest.approx(exact_loss(*case), rel=1e-15)


def test_only_the_log_softmax_survives_scores_far_apart(lesson):
    """Naive: overflow, then nan; max subtracted: log 0, so inf, for a true
    class far below the max; log-softmax: the exact loss in both cases."""
    where, table = lesson.where("cross-entropy-failures"), failures(lesson)
    ways = ["naive", "max subtracted, log of p", "log-softmax"]
    assert sorted(table) == sorted((w, c) for w in ways for c in FAR_APART), where
    (first, one), (second, two) = FAR_APART.items()

    loss, warned = table["log-softmax", first]
    assert loss == pytest.approx(exact_loss(*one), abs=5e-5) and not warned, where
    loss, warned = table["log-softmax", second]
    assert loss == pytest.approx(exact_loss(*two), abs=5e-5) and not warned, where
    assert loss == pytest.approx(800.0, abs=5e-5), where

    loss, warned = table["max subtracted, log of p", first]
    assert loss == pytest.approx(exact_loss(*one), abs=5e-5) and not warned, where
    for way in ("naive", "max subtracted, log of p"):
        loss, warned = table[way, second]
        assert loss == math.inf, f"{where}: {way}: {loss}"
        assert warned == ["divide by zero encountered in log"], f"{where}: {warned}"
    loss, warned = table["naive", first]
    assert math.isnan(loss), f"{where}: naive: {loss}"
    assert "overflow encountered in exp" in warned, f"{where}: {warned}"


def test_the_prose_quotes_the_warning_the_listing_prints(lesson):
    printed = {m for _, warned in failures(lesson).values() for m in warned}
    quoted = re.findall(r'NumPy\'s "([^"]+)"', lesson.source)
    assert quoted and set(quoted) <= printed, (quoted, printed)


@pytest.mark.parametrize("case", FAR_APART)
def test_the_gradient_is_p_minus_y_for_scores_far_apart(lesson, case):
    """The page's cross_entropy and its gradient, called on the far-apart
    scores: ℓ matches the oracle, and ∇ℓ = p − y matches both the closed form
    and central differences of the two-class oracle."""
    namespace = lesson.definitions("softmax-cross-entropy")
    z, y = FAR_APART[case]
    assert namespace["cross_entropy"](z, y) == pytest.approx(
        exact_loss(z, y), rel=1e-12
    )
    got = namespace["cross_entropy_gradient"](z, y)
    top = max(z)
    p = [math.exp(v - top) / sum(math.exp(w - top) for w in z) for v in z]
    assert got == pytest.approx(
        [pk - yk for pk, yk in zip(p, y, strict=True)], abs=1e-12
    )
    numeric = gradient(lambda v: two_class_loss(list(v), y), z)
    assert got == pytest.approx(numeric, abs=1e-6), (
        f"{lesson.where('softmax-cross-entropy')}"
    )


def test_cross_entropy_rejects_mismatched_shapes(lesson):
    namespace = lesson.definitions("softmax-cross-entropy")
    for func in (namespace["cross_entropy"], namespace["cross_entropy_gradient"]):
        with pytest.raises(ValueError, match=r"logits z \(3,\) and target y \(4,\)"):
            func(np.zeros(3), np.array([1.0, 0.0, 0.0, 0.0]))


def test_exercise_answers_and_boxes(lesson):
    softplus_slope = sigmoid(1.2)  # d/dx log(1 + eˣ) = σ(x)
    silu_slope = sigmoid(1.0) + 1.0 * sigmoid(1.0) * (1 - sigmoid(1.0))
    third = softmax([1.0, 2.0, 3.0])[2] - 1
    assert after_equals(lesson.shown("ex1-solution")) == pytest.approx(
        softplus_slope, abs=5e-7
    )
    assert after_equals(lesson.shown("ex2-solution")) == pytest.approx(
        silu_slope, abs=5e-7
    )
    printed = numbers(lesson.shown("ex3-solution"))
    assert printed[-1] == pytest.approx(third, abs=5e-5)
    assert sum(printed) == pytest.approx(0, abs=2e-4)  # entries sum to zero

    boxes = lesson.answer_boxes()
    assert set(boxes) == {f"derivatives-reference-ex{n}" for n in (1, 2, 3)}
    for name, oracle in [
        ("derivatives-reference-ex1", softplus_slope),
        ("derivatives-reference-ex2", silu_slope),
        ("derivatives-reference-ex3", third),
    ]:
        assert_answer_box(boxes[name], oracle, 1e-3 * abs(oracle))


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_every_check_shown()


def test_the_page_states_the_tolerance_it_checks(lesson):
    """The prose names the tolerance snippets/verify.py enforces (not a typed output)."""
    from snippets.verify import STEP, TOLERANCE

    for value in (STEP, TOLERANCE):
        exponent = round(math.log10(value))
        assert value == 10.0**exponent
        assert f"10^{{{exponent}}}" in lesson.source


def test_basic_derivatives_match_the_table(lesson):
    """exp′ = exp, log′ = 1/x, sin′ = cos, cos′ = −sin, at 0.5, 1 and 2; the
    printed central differences agree to the printed digits, and the largest
    relative error is far inside the tolerance."""
    text, where = lesson.shown("basic-derivatives"), lesson.where("basic-derivatives")
    table = {
        "exp": math.exp,
        "log": lambda x: 1 / x,
        "sin": math.cos,
        "cos": lambda x: -math.sin(x),
    }
    rows = re.findall(
        rf"^(\w+)′\(({NUMBER})\) = +({NUMBER}) +central difference +({NUMBER})$",
        text,
        re.M,
    )
    assert [(name, float(x)) for name, x, *_ in rows] == [
        (name, x) for name in table for x in (0.5, 1.0, 2.0)
    ], f"{where}: {text!r}"
    for name, x, analytic, numerical in rows:
        want = table[name](float(x))
        assert float(analytic) == pytest.approx(want, abs=5e-7), (
            f"{where}: {name}′({x})"
        )
        assert float(numerical) == pytest.approx(want, abs=5e-7), (
            f"{where}: {name}′({x})"
        )
    largest = float(re.search(rf"largest relative error: ({NUMBER})$", text, re.M)[1])
    assert 0 <= largest < 1e-7, f"{where}: {largest}"


def test_every_verification_line_on_the_site_is_below_the_stated_bound(lesson, site):
    """The prose: every verification line on this site shows an error below 1e-7."""
    source = " ".join(lesson.source.split())
    stated = "Every verification line on this site shows an error below $10^{-7}$"
    assert stated in source
    built = [
        page
        for page in (str(path.relative_to(DOCS)) for path in DOCS.rglob("*.md"))
        if (site / pages.page_file(page)).exists()
    ]
    errors = [
        (error, page, name)
        for page in built
        for name, error, _ in gradient_checks(site, page)
    ]
    calls = sum(
        (DOCS / page).read_text(encoding="utf-8").count("check_gradient(")
        for page in built
    )
    # A call in a loop prints several lines, so at least one line per call.
    assert len(errors) >= calls, f"{calls} check_gradient calls, {len(errors)} lines"
    error, page, name = max(errors)
    assert error < 1e-7, f"docs/{page}: {name}: relative error {error}"
