"""The learning-rate-schedules page, against oracles that do not run the page's code.

- Schedules: each printed rate against its formula, in exact Fraction arithmetic
  where the formula is rational (step decay, warm-up) or its cosine is known in
  closed form (cos 0, π/6, π/4, π/3, π/2, 3π/4, 5π/6 with √2 and √3 to 30 digits),
  and against math.cos elsewhere.
- Training: every run is redone here with the recurrence
  θ ← θ − η_t (2/|b|) A_bᵀ(A_b θ − y_b) in matrix form, on the stated shuffles,
  with the rates from the formulas written here; the excess loss is
  (θ − θ*)ᵀ(AᵀA/n)(θ − θ*) with θ* from the normal equations in Fractions.
- Exercises: the sums of the rates in closed form, the first step below η_max/10
  from arccos, the 1/t run redone here.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, getcontext
from fractions import Fraction

import numpy as np

from oracles import (
    LINE_N,
    NUMBER,
    assert_sig,
    excess_loss,
    line_data,
    line_minimiser,
    minibatch_path,
    refusals,
)
from page_widgets import assert_answer_box

N, ETA_MAX, T, W, DROP = LINE_N, Fraction(1, 10), 300, 30, 50
getcontext().prec = 40
SQRT2, SQRT3 = Decimal(2).sqrt(), Decimal(3).sqrt()
# cos(π k / 12) in closed form, for the multiples of π/12 the table hits.
EXACT_COS = {
    Fraction(0): Decimal(1),
    Fraction(1, 6): SQRT3 / 2,
    Fraction(1, 4): SQRT2 / 2,
    Fraction(1, 3): Decimal("0.5"),
    Fraction(1, 2): Decimal(0),
    Fraction(3, 4): -SQRT2 / 2,
    Fraction(5, 6): -SQRT3 / 2,
}


def half_cosine(u: Fraction) -> Decimal:
    """½(1 + cos πu) · η_max, exactly when cos πu has a closed form, else by math.cos."""
    cos = EXACT_COS.get(u)
    if cos is None:
        cos = Decimal(math.cos(math.pi * float(u)))
    return Decimal(ETA_MAX.numerator) / ETA_MAX.denominator * (1 + cos) / 2


def step_decay(t: int) -> Fraction:
    return ETA_MAX * Fraction(1, 2) ** (t // DROP)


def cosine(t: int) -> Decimal:
    return half_cosine(Fraction(t, T))


def warmup_cosine(t: int):
    if t < W:
        return ETA_MAX * (t + 1) / W
    return half_cosine(Fraction(t - W, T - W))


def as_decimal(value) -> Decimal:
    if isinstance(value, Fraction):
        return Decimal(value.numerator) / value.denominator
    return value


def assert_printed_as(printed: str, value, digits: int, what: str, where: str):
    """`printed` is `value` to `digits` significant digits (as format 'g' prints it)."""
    exact = as_decimal(value)
    got = Decimal(printed)
    if exact == 0:
        assert got == 0, f"{where}: {what}: {printed} is not 0"
        return
    unit = Decimal(10) ** (exact.copy_abs().adjusted() - digits + 1)
    assert abs(got - exact) <= unit / 2 * Decimal("1.0001"), (
        f"{where}: {what}: printed {printed}, formula gives {exact}"
    )


# ── The schedules ────────────────────────────────────────────────────────────


def test_every_printed_rate_is_its_formula(lesson):
    where = lesson.where("schedules")
    rows = re.findall(
        rf"^\s*(\d+)\s+({NUMBER})\s+({NUMBER})\s+({NUMBER})$",
        lesson.shown("schedules"),
        re.M,
    )
    steps = [int(r[0]) for r in rows]
    assert steps == [0, 1, 29, 30, 49, 50, 75, 100, 150, 225, 250, 299], where
    exact_points = 0
    for t, decay, cos, warm in rows:
        t = int(t)
        # Step decay is exact: 0.1 · 2^-k, printed to every digit it has.
        assert Fraction(decay) == step_decay(t), f"{where}: step decay at t = {t}"
        assert_printed_as(cos, cosine(t), 10, f"cosine at t = {t}", where)
        assert_printed_as(warm, warmup_cosine(t), 10, f"warm-up at t = {t}", where)
        exact_points += Fraction(t, T) in EXACT_COS
    assert exact_points >= 5, f"{where}: too few closed-form cosine checks"
    # The prose: the warm-up peaks at t = 29 and both cosines end tiny but above 0.
    assert warmup_cosine(29) == ETA_MAX and 0 < cosine(299) < Decimal("1e-5")


def test_schedules_refuse_bad_input(lesson):
    then = """
for label, call in [
    ("t = -1", lambda: cosine(-1, 0.1, 300)),
    ("t = 300", lambda: step_decay(300, 0.1, 300, 50)),
    ("t = 2.0", lambda: cosine(2.0, 0.1, 300)),
    ("eta_max = 0", lambda: cosine(0, 0.0, 300)),
    ("eta_max = nan", lambda: step_decay(0, float("nan"), 300, 50)),
    ("warmup = 0", lambda: warmup_cosine(0, 0.1, 300, 0)),
    ("warmup = 300", lambda: warmup_cosine(0, 0.1, 300, 300)),
]:
    try:
        call()
        print(label, "no error")
    except ValueError as error:
        print(label, "ValueError", error)
print(warmup_cosine(299, 0.1, 300, 299))
"""
    where = lesson.where("schedules")
    lines = lesson.probe("schedules", then).splitlines()
    assert len(lines) == 8, f"{where}: {lines}"
    for line, word in zip(
        lines, ["step t"] * 3 + ["eta_max"] * 2 + ["warmup"] * 2, strict=False
    ):
        assert f"ValueError {word} " in line, f"{where}: {line}"
    assert float(lines[7]) == 0.1, (
        f"{where}: t = 299 with W = 299 starts the cosine at η_max"
    )
    where = lesson.where("bad-input")
    page = refusals(lesson.shown("bad-input"), where)
    assert len(page) == 3, f"{where}: {page}"
    assert page[0].endswith("got 400") and page[1].endswith("got 300"), page
    assert page[2].endswith("got -0.1"), page


def test_figures_are_described(lesson):
    for block_id in ("schedules-figure", "compare-figure"):
        lesson.assert_figure_described(block_id)
    lesson.assert_figures_within_budget(figures=2)


def test_the_gradient_is_verified(lesson):
    lesson.assert_checks_named(["∇L(θ) at θ = (0.8, 0.3)"])


# ── Training with a schedule ─────────────────────────────────────────────────


def run(rate, seed, batch_size=4, epochs=30, epoch_ends=False):
    """Final excess loss and distance |θ − θ*| of mini-batch descent with
    η_t = rate(t); or, with epoch_ends, the excess loss at the end of each epoch."""
    path = minibatch_path(rate, batch_size, epochs, seed)
    if epoch_ends:
        per_epoch = math.ceil(N / batch_size)
        return [excess_loss(theta) for theta in path[::per_epoch]]
    best = np.array([float(v) for v in line_minimiser()])
    return excess_loss(path[-1]), float(np.linalg.norm(path[-1] - best))


RATES = {
    "constant": lambda t: 0.1,
    "step decay": lambda t: float(step_decay(t)),
    "cosine": lambda t: float(cosine(t)),
    "warm-up + cosine": lambda t: float(warmup_cosine(t)),
}


def test_minimiser(lesson):
    where = lesson.where("data")
    found = re.search(
        rf"θ\* = \(({NUMBER}), ({NUMBER})\), L\(θ\*\) = ({NUMBER})",
        lesson.shown("data"),
    )
    assert found, where
    w, b = line_minimiser()
    x, y = line_data()
    loss = (
        sum((w * Fraction(a) + b - Fraction(c)) ** 2 for a, c in zip(x, y, strict=True))
        / N
    )
    for got, want in zip(map(float, found.groups()), (w, b, loss), strict=True):
        assert abs(got - float(want)) <= 5.1e-7, f"{where}: {got} vs {float(want)}"


def test_decaying_schedules_get_below_the_noise_floor(lesson):
    where = lesson.where("sgd")
    text = lesson.shown("sgd")
    results = {}
    for name, rate in RATES.items():
        runs = [run(rate, seed) for seed in range(5)]
        results[name] = np.mean(runs, axis=0)  # (excess, distance), mean over seeds
        row = re.search(rf"^{re.escape(name)}\s+({NUMBER})\s+({NUMBER})$", text, re.M)
        assert row, f"{where}: no row for {name} in\n{text}"
        assert_sig(float(row[1]), results[name][0], 4, f"{name} excess", where)
        assert_sig(float(row[2]), results[name][1], 4, f"{name} distance", where)
    constant = results.pop("constant")
    # The printed ratios, constant / schedule, against the runs redone here.
    for name, (excess, distance) in results.items():
        found = re.search(
            rf"^constant / {re.escape(name)}: excess ({NUMBER})×, "
            rf"distance ({NUMBER})×$",
            text,
            re.M,
        )
        assert found, f"{where}: no ratio line for {name} in\n{text}"
        assert abs(float(found[1]) - constant[0] / excess) <= 0.51, (
            f"{where}: {name}: excess ratio {found[1]} vs {constant[0] / excess}"
        )
        assert abs(float(found[2]) - constant[1] / distance) <= 0.051, (
            f"{where}: {name}: distance ratio {found[2]} vs {constant[1] / distance}"
        )
    # The prose: the constant rate ends on its floor, about 1e-2 ...
    assert 5e-3 < constant[0] < 2e-2, f"{where}: constant ends at {constant[0]}"
    # ... and every decaying schedule more than 1000× lower, 30× closer.
    for name, (excess, distance) in results.items():
        assert excess * 1000 < constant[0], f"{where}: {name}: {excess}"
        assert distance * 30 < constant[1], f"{where}: {name}: {distance}"
    # Step decay ends lowest (exercise 1's solution says so).
    assert results["step decay"][0] == min(r[0] for r in results.values()), where


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercise_budget(lesson):
    where = lesson.where("ex-budget")
    text = lesson.shown("ex-budget")
    # Closed forms: the constant 300 η_max; step decay 50 η_max (1 + ½ + … + 1/32);
    # cosine T η_max/2 + η_max/2; warm-up η_max (1 + … + W)/W plus cosine over T − W steps.
    sums = {
        "constant": T * ETA_MAX,
        "step decay": DROP * ETA_MAX * sum(Fraction(1, 2**k) for k in range(6)),
        "cosine": T * ETA_MAX / 2 + ETA_MAX / 2,
        "warm-up + cosine": ETA_MAX * Fraction(W * (W + 1), 2) / W
        + (T - W) * ETA_MAX / 2
        + ETA_MAX / 2,
    }
    for name, want in sums.items():
        found = re.search(rf"^{re.escape(name)}\s+Σ η_t = ({NUMBER})$", text, re.M)
        assert found, f"{where}: no sum for {name}"
        assert Fraction(found[1]) == round(want, 6), (
            f"{where}: {name}: {found[1]} vs {want}"
        )
    formula = re.search(rf"η_max / 2 = ({NUMBER})$", text, re.M)
    assert Fraction(formula[1]) == sums["cosine"], where
    # Where step decay's rate is below cosine's, by the formulas written here:
    # one unbroken run, from the first drop at t = 50 to close to the end.
    below = [t for t in range(T) if as_decimal(step_decay(t)) < cosine(t)]
    assert below == list(range(below[0], below[-1] + 1)), f"{where}: {below}"
    assert below[0] == DROP and T - 50 < below[-1] < T - 1, f"{where}: {below}"
    line = (
        f"step decay below cosine: t = {below[0]} to {below[-1]} ({len(below)} steps)"
    )
    assert line in text, f"{where}: expected {line!r} in\n{text}"
    # ... at t = 150 and t = 225, rows of the first table (the prose points there).
    for t in (150, 225):
        assert t in below, where
        assert re.search(rf"^\s*{t}\s", lesson.shown("schedules"), re.M), t
    # ... while at the last step step decay's rate is the largest of the three.
    assert as_decimal(step_decay(T - 1)) > max(cosine(T - 1), warmup_cosine(T - 1))
    boxes = lesson.answer_boxes()
    assert set(boxes) == {"schedules-ex1", "schedules-ex2", "schedules-ex3"}, sorted(
        boxes
    )
    assert_answer_box(
        boxes["schedules-ex1"], float(sums["cosine"]), 1e-4 * float(sums["cosine"])
    )


def test_exercise_inverse_time(lesson):
    where = lesson.where("ex-inverse-time")
    text = lesson.shown("ex-inverse-time")

    def rate(t):
        return 0.1 / (1 + t / 30)

    excess = float(np.mean([run(rate, seed)[0] for seed in range(5)]))
    last = float(re.search(rf"η_299 = ({NUMBER})", text)[1])
    assert abs(last - float(Fraction(1, 10) / (1 + Fraction(299, 30)))) <= 5.1e-7, where
    found = re.search(rf"1/t decay: .* ({NUMBER})$", text, re.M)
    assert_sig(float(found[1]), excess, 4, "1/t excess", where)
    constant = float(np.mean([run(RATES["constant"], seed)[0] for seed in range(5)]))
    assert excess * 1000 < constant, f"{where}: not 1000× below the constant rate"
    ratio = float(re.search(rf"^constant / 1/t decay: ({NUMBER})×$", text, re.M)[1])
    assert abs(ratio - constant / excess) <= 0.51, (
        f"{where}: {ratio} vs {constant / excess}"
    )
    box = lesson.answer_boxes()["schedules-ex2"]
    assert abs(box.value / excess - 1) < 1e-9, f"{where}: box {box.value} vs {excess}"
    assert_answer_box(box, excess, 1e-2 * excess)


def test_exercise_first_step_below_a_tenth(lesson):
    where = lesson.where("ex-below-tenth")
    text = lesson.shown("ex-below-tenth")
    bound = (T - W) / math.pi * math.acos(-0.8)
    assert_sig(
        float(re.search(rf"= ({NUMBER})$", text, re.M)[1]), bound, 7, "bound", where
    )
    assert 214 < bound < 215, where  # what the solution says
    first = W + math.floor(bound) + 1
    assert f"first step below η_max/10: t = {first}" in text, where
    # The two rates around it straddle η_max/10, by the formula.
    assert warmup_cosine(first - 1) > Decimal("0.01") > warmup_cosine(first), where
    for t in (first - 1, first):
        found = re.search(rf"η_{t} = ({NUMBER})", text)
        assert abs(float(found[1]) - float(warmup_cosine(t))) <= 5.1e-7, (
            f"{where}: η_{t}"
        )
    assert_answer_box(lesson.answer_boxes()["schedules-ex3"], first, 0.5)


def test_the_comparison_figure_shows_what_the_prose_says(lesson):
    """Epoch-end excess losses, mean over the seeds, redone here."""
    where = lesson.where("compare-figure")
    curves = {
        name: np.mean([run(rate, seed, epoch_ends=True) for seed in range(5)], axis=0)
        for name, rate in RATES.items()
    }
    constant, decay, cos, warm = curves.values()
    # Step decay is the constant rate for its first 50 steps (five epochs).
    assert np.array_equal(decay[:6], constant[:6]), where
    assert np.all(decay[6:] < constant[6:]), where
    # Caption: the constant rate levels off between 0.003 and 0.015 ...
    assert np.all((constant[2:] > 0.003) & (constant[2:] < 0.015)), (
        f"{where}: {constant}"
    )
    # ... and the decaying ones end between 1e-6 and 1e-5.
    for curve in (decay, cos, warm):
        assert 1e-6 < curve[-1] < 1e-5, f"{where}: {curve[-1]}"
    # Warm-up starts behind, then stays close to plain cosine (within a factor of
    # two, a small gap on the figure's log scale).
    assert warm[1] > 10 * cos[1], where
    ratio = warm[3:] / cos[3:]
    assert np.all((ratio > 0.5) & (ratio < 2)), f"{where}: {ratio}"
