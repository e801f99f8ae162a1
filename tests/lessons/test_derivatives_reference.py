"""The derivatives reference page against derivatives worked by hand here.

Each oracle is the textbook formula evaluated with `math`, independently of the
page's code; the page prints values rounded to 6 (rules) or 4 (activations)
decimals.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from engine import pages
from listings import DOCS, ROOT, find, shown_on_page
from page_widgets import (
    answer_boxes,
    assert_answer_box,
    assert_every_check_shown,
    gradient_checks,
)

PAGE = "deeper/derivatives-reference.md"
NUMBER = r"-?\d+(?:\.\d*)?(?:e[-+]?\d+)?"


def listing(block_id: str):
    return find(PAGE, block_id)


def shown(site, block_id: str) -> str:
    return shown_on_page(site, listing(block_id))


def after_equals(text: str) -> float:
    return float(text.rsplit("= ", 1)[1])


def row(text: str, label: str) -> list[float]:
    """The numbers printed after `label` on the line that starts with it."""
    line = next(line for line in text.splitlines() if line.startswith(label))
    return [float(n) for n in re.findall(NUMBER, line[len(label) :])]


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
def test_rules(site, block_id, oracle):
    got = after_equals(shown(site, block_id))
    assert got == pytest.approx(oracle, abs=5e-7), (
        f"{listing(block_id).where}: expected {oracle:.6f}, got {got}"
    )


Z5 = [-3.0, -0.5, 0.0, 0.5, 3.0]


@pytest.mark.parametrize(
    ("block_id", "label", "value", "derivative"),
    [
        ("sigmoid-example", "σ", sigmoid, lambda z: sigmoid(z) * (1 - sigmoid(z))),
        ("tanh-example", "tanh", math.tanh, lambda z: 1 / math.cosh(z) ** 2),
    ],
)
def test_smooth_activations(site, block_id, label, value, derivative):
    text = shown(site, block_id)
    where = listing(block_id).where
    assert row(text, "z ") == Z5, where
    assert row(text, f"{label}(z)") == pytest.approx([value(z) for z in Z5], abs=5e-5)
    got = row(text, f"{label}′(z)")
    assert got == pytest.approx([derivative(z) for z in Z5], abs=5e-5), where
    # and against finite differences of the function, computed here
    h = 1e-6
    numeric = [(value(z + h) - value(z - h)) / (2 * h) for z in Z5]
    assert got == pytest.approx(numeric, abs=5e-5 + 1e-8), where


def test_relu_and_its_kink(site):
    text = shown(site, "relu-example")
    z = row(text, "z ")
    assert z == [-2.0, -0.5, 0.5, 2.0]
    assert row(text, "relu(z)") == [max(v, 0.0) for v in z]
    assert row(text, "relu′(z)") == [1.0 if v > 0 else 0.0 for v in z]
    # (relu(h) − relu(−h)) / 2h = h / 2h: the average of the one-sided slopes 0 and 1
    assert after_equals(text.replace(":", " =")) == pytest.approx(0.5, abs=1e-9)


def softmax(z):
    exps = [math.exp(v) for v in z]
    return [e / sum(exps) for e in exps]


def test_softmax_cross_entropy(site):
    text = shown(site, "softmax-cross-entropy")
    z, y = [2.0, 1.0, 0.1, -1.0], [1.0, 0.0, 0.0, 0.0]
    p = softmax(z)
    where = listing("softmax-cross-entropy").where
    assert row(text, "softmax(z)") == pytest.approx(p, abs=5e-5), where
    assert row(text, "loss") == pytest.approx([-math.log(p[0])], abs=5e-5), where
    # ∂L/∂z_k by finite differences of L(z) = −log softmax(z)_0, computed here
    h = 1e-6
    numeric = []
    for k in range(4):
        up, down = list(z), list(z)
        up[k] += h
        down[k] -= h
        numeric.append(
            (-math.log(softmax(up)[0]) + math.log(softmax(down)[0])) / (2 * h)
        )
    got = row(text, "∂loss/∂z")
    assert got == pytest.approx(
        [pk - yk for pk, yk in zip(p, y, strict=True)], abs=5e-5
    )
    assert got == pytest.approx(numeric, abs=5e-5 + 1e-8), where


def test_cross_entropy_rejects_mismatched_shapes():
    code = (
        ROOT / "snippets" / "derivatives_reference" / "softmax_cross_entropy.py"
    ).read_text(encoding="utf-8")
    namespace = {"print": lambda *args, **kwargs: None}
    exec(compile(code, "softmax_cross_entropy.py", "exec"), namespace)
    for func in (namespace["cross_entropy"], namespace["cross_entropy_gradient"]):
        with pytest.raises(ValueError, match=r"logits z \(3,\) and target y \(4,\)"):
            func(np.zeros(3), np.array([1.0, 0.0, 0.0, 0.0]))


def test_exercise_answers_and_boxes(site):
    softplus_slope = sigmoid(1.2)  # d/dx log(1 + eˣ) = σ(x)
    silu_slope = sigmoid(1.0) + 1.0 * sigmoid(1.0) * (1 - sigmoid(1.0))
    third = softmax([1.0, 2.0, 3.0])[2] - 1
    assert after_equals(shown(site, "ex1-solution")) == pytest.approx(
        softplus_slope, abs=5e-7
    )
    assert after_equals(shown(site, "ex2-solution")) == pytest.approx(
        silu_slope, abs=5e-7
    )
    gradient = [float(n) for n in re.findall(NUMBER, shown(site, "ex3-solution"))]
    assert gradient[-1] == pytest.approx(third, abs=5e-5)
    assert sum(gradient) == pytest.approx(0, abs=2e-4)  # entries sum to zero

    boxes = answer_boxes(site, PAGE)
    assert set(boxes) == {f"derivatives-reference-ex{n}" for n in (1, 2, 3)}
    for name, oracle in [
        ("derivatives-reference-ex1", softplus_slope),
        ("derivatives-reference-ex2", silu_slope),
        ("derivatives-reference-ex3", third),
    ]:
        assert_answer_box(boxes[name], oracle, 1e-3 * abs(oracle))


def test_every_derivative_on_the_page_is_verified(site):
    assert_every_check_shown(site, PAGE)


def test_the_page_states_the_tolerance_it_checks(site):
    """The prose names the tolerance snippets/verify.py enforces (not a typed output)."""
    from snippets.verify import STEP, TOLERANCE

    source = (ROOT / "docs" / PAGE).read_text(encoding="utf-8")
    for value in (STEP, TOLERANCE):
        exponent = round(math.log10(value))
        assert value == 10.0**exponent
        assert f"10^{{{exponent}}}" in source


def test_basic_derivatives_match_the_table(site):
    """exp′ = exp, log′ = 1/x, sin′ = cos, cos′ = −sin, at 0.5, 1 and 2; the
    printed central differences agree to the printed digits, and the largest
    relative error is far inside the tolerance."""
    text = shown(site, "basic-derivatives")
    where = listing("basic-derivatives").where
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


def test_every_verification_line_on_the_site_is_below_the_stated_bound(site):
    """The prose: every verification line on this site shows an error below 1e-7."""
    source = " ".join((ROOT / "docs" / PAGE).read_text(encoding="utf-8").split())
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
