"""The momentum page against the mathematics.

On f(x, y) = x² + 10y² each coordinate moves on its own, with gradient entry
λ·x (λ = 2 for x, 20 for y). Gradient descent with momentum, v ← βv + λx and
x ← x − ηv from v = 0, is then the linear recurrence

    (x_{k+1}, x_k) = M (x_k, x_{k−1}),  M = [[1 + β − ηλ, −β], [1, 0]],  x_{−1} = x₀.

The oracles below run that recurrence in exact `Fraction` arithmetic where η
and β are rationals, take the spectral radius of M from the quadratic formula
for the roots of μ² − (1 + β − ηλ)μ + β, and for the irrational best setting
use the closed form of a repeated root μ: x_k = x₀(1 + (1 − μ)k)μ^k. None of
them runs the page's code, except the bad-input checks, which call the page's
function to see it refuse.
"""

from __future__ import annotations

import cmath
import math
import re
from fractions import Fraction

import numpy as np
import pytest

from oracles import NUMBER, lab_frames, numbers, partial
from page_widgets import assert_answer_box

CURVATURES = (2, 20)  # ∂²f/∂x², ∂²f/∂y² of x² + 10y²
START = (Fraction(10), Fraction(1))
TOLERANCE = Fraction(1, 10**6)  # "within 1e-6 of the minimum"


# ── The oracles ──────────────────────────────────────────────────────────────


def coordinate(x0, eta, beta, curvature, steps: int) -> list:
    """x_0 … x_steps of one coordinate, by the matrix recurrence."""
    a = 1 + beta - eta * curvature
    state = (x0, x0)  # (x_k, x_{k−1}); v₀ = 0 means x_{−1} = x₀
    xs = [x0]
    for _ in range(steps):
        state = (a * state[0] - beta * state[1], state[0])
        xs.append(state[0])
    return xs


def valley_path(eta, beta, steps: int, start=START, curvatures=CURVATURES):
    """[(x_k, y_k)] for k = 0 … steps."""
    columns = [
        coordinate(x0, eta, beta, lam, steps)
        for x0, lam in zip(start, curvatures, strict=True)
    ]
    return list(zip(*columns, strict=True))


def roots(eta, beta, curvature) -> tuple[complex, complex]:
    """The eigenvalues of M: the roots of μ² − (1 + β − ηλ)μ + β."""
    a = float(1 + beta - eta * curvature)
    disc = cmath.sqrt(a * a - 4 * float(beta))
    return (a + disc) / 2, (a - disc) / 2


def spectral_radius(eta, beta, curvatures=CURVATURES) -> float:
    return max(abs(mu) for lam in curvatures for mu in roots(eta, beta, lam))


def first_within(path, tolerance=TOLERANCE) -> int:
    """The first k with ‖p_k‖ < tolerance (compared squared, exactly)."""
    return next(k for k, p in enumerate(path) if sum(c * c for c in p) < tolerance**2)


def best_momentum(lam_min=2, lam_max=20) -> tuple[float, float]:
    """η* = 4/(√L + √μ)², β* = ((√κ − 1)/(√κ + 1))²: the classical optimum."""
    kappa = lam_max / lam_min
    eta = 4 / (math.sqrt(lam_max) + math.sqrt(lam_min)) ** 2
    beta = ((math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1)) ** 2
    return eta, beta


def grid_radii(etas: np.ndarray, betas: np.ndarray) -> np.ndarray:
    """Spectral radius on a grid, from the quadratic formula (rows: η, columns: β)."""
    eta, beta = np.meshgrid(etas, betas, indexing="ij")
    worst = np.zeros_like(eta)
    for lam in CURVATURES:
        a = 1 + beta - eta * lam
        disc = np.sqrt((a * a - 4 * beta).astype(complex))
        worst = np.maximum(worst, np.maximum(abs(a + disc), abs(a - disc)) / 2)
    return worst


# ── The valley and the update ────────────────────────────────────────────────


def test_valley_prints_its_gradient_and_curvatures(lesson):
    lines, where = lesson.shown("valley").splitlines(), lesson.where("valley")

    def f(x, y):
        return Fraction(x) ** 2 + 10 * Fraction(y) ** 2

    x, y, h = Fraction(3), Fraction(-3, 2), Fraction(1, 1000)
    # Central differences are exact for a quadratic; so are second differences.
    gradient = [partial(f, (x, y), 0, h), partial(f, (x, y), 1, h)]
    curvatures = [
        (f(x + h, y) - 2 * f(x, y) + f(x - h, y)) / h**2,
        (f(x, y + h) - 2 * f(x, y) + f(x, y - h)) / h**2,
    ]
    assert numbers(lines[0]) == [3, -1.5, *gradient], f"{where}: {lines[0]!r}"
    assert numbers(lines[1]) == curvatures, f"{where}: {lines[1]!r}"
    assert numbers(lines[2]) == [curvatures[1] / curvatures[0]], (
        f"{where}: {lines[2]!r}"
    )


def test_heavy_ball_iterates_follow_the_recurrence(lesson):
    lines, where = lesson.shown("heavy-ball").splitlines(), lesson.where("heavy-ball")
    plain = valley_path(Fraction(9, 100), Fraction(0), 10)
    heavy = valley_path(Fraction(9, 100), Fraction(1, 2), 10)
    rows = lines[1:]
    assert len(rows) == 11, f"{where}: {lines}"
    for k, row in enumerate(rows):
        step, *shown = numbers(row)
        assert step == k, f"{where}: {row!r}"
        for got, want in zip(shown, [*plain[k], *heavy[k]], strict=True):
            assert abs(got - want) <= 0.5e-4 + 1e-12, (
                f"{where}: step {k}: expected {float(want):.6f}, got {got} in {row!r}"
            )
    # What the prose says: the same first step, then faster, with an overshoot.
    assert plain[1] == heavy[1]
    assert all(abs(m) < abs(p) for p, m in zip(plain[10], heavy[10], strict=True))
    assert any(x < 0 for x, _ in heavy) and all(x > 0 for x, _ in plain)


def test_recurrence_listing_prints_the_eigenvalues_of_m(lesson):
    lines, where = lesson.shown("recurrence").splitlines(), lesson.where("recurrence")
    eta = Fraction(9, 100)
    blocks = [lines[0:4], lines[4:8]]
    for beta, block in zip((Fraction(0), Fraction(1, 2)), blocks, strict=True):
        assert numbers(block[0]) == [0.09, float(beta)], f"{where}: {block[0]!r}"
        for line, lam in zip(block[1:3], CURVATURES, strict=True):
            mu = roots(eta, beta, lam)
            text = line.split("eigenvalues ")[1]
            if "±" in text:  # a complex pair, shown as a ± bi
                re_part, im_part, largest = numbers(text)
                assert mu[0].imag != 0, f"{where}: {line!r} but the roots are real"
                assert abs(re_part - mu[0].real) <= 0.5e-4 + 1e-12, f"{where}: {line!r}"
                assert abs(im_part - abs(mu[0].imag)) <= 0.5e-4 + 1e-12, where
            else:
                first, second, largest = numbers(text)
                want = sorted((w.real for w in mu), key=abs, reverse=True)
                assert mu[0].imag == 0, f"{where}: {line!r} but the roots are complex"
                assert [first, second] == pytest.approx(want, abs=0.5e-4), line
            assert abs(largest - max(map(abs, mu))) <= 0.5e-4 + 1e-12, (
                f"{where}: {line!r}"
            )
        assert numbers(block[3]) == pytest.approx(
            [spectral_radius(eta, beta)], abs=0.5e-4 + 1e-12
        ), f"{where}: {block[3]!r}"
    # With β = 0.5 both pairs are complex, of size √β.
    assert spectral_radius(eta, Fraction(1, 2)) == pytest.approx(math.sqrt(0.5))
    # M¹⁰ and momentum_descent both land on the recurrence's x_10 and y_10.
    heavy = valley_path(eta, Fraction(1, 2), 10)
    for line, want in zip(lines[8:10], heavy[10], strict=True):
        by_matrix, by_descent = numbers(line.split(":", 1)[1])
        assert by_matrix == pytest.approx(float(want), abs=1e-11), f"{where}: {line!r}"
        assert by_descent == pytest.approx(float(want), abs=1e-11), f"{where}: {line!r}"


# ── The best setting, and the steps each needs ───────────────────────────────


def test_best_settings_match_the_formula_and_a_grid_search(lesson):
    lines = lesson.shown("best-settings").splitlines()
    where = lesson.where("best-settings")
    plain_eta, plain_rate = Fraction(2, 22), Fraction(10 - 1, 10 + 1)
    best_eta, best_beta = best_momentum()
    shown_eta = float(re.search(rf"η = ({NUMBER}),", lines[0]).group(1))
    assert [shown_eta, numbers(lines[0])[-1]] == pytest.approx(
        [float(plain_eta), float(plain_rate)], abs=0.5e-4
    ), f"{where}: {lines[0]!r}"
    assert numbers(lines[1])[-3:] == pytest.approx(
        [best_eta, best_beta, math.sqrt(best_beta)], abs=0.5e-4
    ), f"{where}: {lines[1]!r}"
    assert numbers(lines[2]) == pytest.approx(
        [spectral_radius(plain_eta, 0), spectral_radius(best_eta, best_beta)],
        abs=0.5e-4,
    ), f"{where}: {lines[2]!r}"
    # The optimum sits where both ends of the valley have a repeated root √β*.
    for lam in CURVATURES:
        a = 1 + best_beta - best_eta * lam
        assert a * a - 4 * best_beta == pytest.approx(0, abs=1e-12)

    # No setting of a fine grid beats it, and the grid's best lies next to it.
    etas, betas = np.arange(1, 401) * 0.0005, np.arange(500) * 0.002
    radii = grid_radii(etas, betas)
    i, j = np.unravel_index(np.argmin(radii), radii.shape)
    assert radii.min() >= math.sqrt(best_beta) - 1e-9
    assert abs(etas[i] - best_eta) < 0.002 and abs(betas[j] - best_beta) < 0.01
    assert radii.min() < math.sqrt(best_beta) + 0.01

    # The page's own grid (80 × 50): its best rate, from the oracle, at the
    # setting it prints (settings with complex roots for both curvatures tie).
    page_etas, page_betas = np.arange(1, 81) * 0.0025, np.arange(50) * 0.02
    page_radii = grid_radii(page_etas, page_betas)
    grid_eta, grid_beta, grid_rate = numbers(lines[3])
    assert grid_rate == pytest.approx(page_radii.min(), abs=0.5e-4), (
        f"{where}: {lines[3]!r}"
    )
    i, j = round(grid_eta / 0.0025) - 1, round(grid_beta / 0.02)
    assert page_radii[i, j] == pytest.approx(page_radii.min(), abs=1e-12), (
        f"{where}: η = {grid_eta}, β = {grid_beta} is not a best setting of the grid"
    )
    assert abs(grid_eta - best_eta) < 0.01 and abs(grid_beta - best_beta) < 0.02
    assert page_radii.min() > math.sqrt(best_beta), "the grid should miss the optimum"


def steps_at_the_optimum(eta: float, beta: float) -> int:
    """A repeated root μ per coordinate (μ = √β for x, −√β for y):
    x_k = x₀(1 + (1 − μ)k)μ^k. Returns the first k within 1e-6, and checks
    that float rounding cannot move it (a clear margin on both sides)."""
    mu = {lam: (1 + beta - eta * lam) / 2 for lam in CURVATURES}

    def distance(k):
        return math.hypot(
            *(
                float(x0) * (1 + (1 - mu[lam]) * k) * mu[lam] ** k
                for x0, lam in zip(START, CURVATURES, strict=True)
            )
        )

    k = next(k for k in range(1000) if distance(k) < 1e-6)
    assert distance(k) < 0.99e-6 and distance(k - 1) > 1.01e-6
    return k


def test_steps_needed_match_the_recurrence(lesson):
    lines = lesson.shown("steps-needed").splitlines()
    where = lesson.where("steps-needed")
    best_eta, best_beta = best_momentum()
    rows = {
        "plain, η = 0.09": (Fraction(9, 100), Fraction(0)),
        "plain, best η": (Fraction(1, 11), Fraction(0)),
        "momentum, β = 0.5": (Fraction(9, 100), Fraction(1, 2)),
        "momentum, best": (best_eta, best_beta),
    }
    norm0 = math.hypot(*map(float, START))
    got, by_rate_alone = {}, {}
    for line, (name, (eta, beta)) in zip(lines[1:5], rows.items(), strict=True):
        assert line.startswith(name), f"{where}: {line!r} is not the row {name!r}"
        shown_eta, shown_beta, rate, steps, by_rate = numbers(line[len(name) :])
        if isinstance(eta, Fraction):
            want = first_within(valley_path(eta, beta, 200))
        else:
            want = steps_at_the_optimum(eta, beta)
        radius = spectral_radius(eta, beta)
        want_by_rate = math.ceil(math.log(1e-6 / norm0) / math.log(radius))
        assert [shown_eta, shown_beta, rate] == pytest.approx(
            [float(eta), float(beta), radius], abs=0.5e-4 + 1e-12
        ), f"{where}: {line!r}"
        assert (steps, by_rate) == (want, want_by_rate), (
            f"{where}: {name}: expected {want} steps ({want_by_rate} by the rate), "
            f"got {line!r}"
        )
        got[name], by_rate_alone[name] = steps, by_rate
    # What the prose says: about a third of the best plain descent's steps,
    # a few more than the rate alone predicts at the optimum.
    fraction = got["momentum, best"] / got["plain, best η"]
    assert 0.25 < fraction < 0.42
    assert lines[5] == (
        f"best momentum over best plain descent: {fraction:.2f} of the steps"
    ), f"{where}: {lines[5:]}"
    assert 0 < got["momentum, best"] - by_rate_alone["momentum, best"] <= 6


def test_figures_are_described_for_screen_readers(lesson):
    for block_id in ("paths-figure", "distance-figure"):
        lesson.assert_figure_described(block_id)


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "∇f(x, y) = (2x, 20y) at (3, −1.5)",
            "row 1 of H, ∇(∂f/∂x) = (2, 0)",
            "row 2 of H, ∇(∂f/∂y) = (0, 20)",
            "∇φ(x, y) = (8x, 2y) at (1, 1)",
            "∇f at (10, 1)",
        ],
    )


# ── Bad input ────────────────────────────────────────────────────────────────


def momentum_function(lesson):
    """momentum_descent and gradient as the page defines them."""
    names = lesson.definitions("valley", "heavy-ball")
    return names["momentum_descent"], names["gradient"]


@pytest.mark.parametrize("beta", [1.0, 1.5, -0.5, -1e-9, math.nan, math.inf])
def test_momentum_outside_zero_one_is_refused(lesson, beta):
    descent, gradient = momentum_function(lesson)
    with pytest.raises(ValueError, match=r"momentum β must be in \[0, 1\)"):
        descent(gradient, [10.0, 1.0], 0.09, beta, steps=3)


@pytest.mark.parametrize("eta", [-0.09, 0.0, math.nan, math.inf, -math.inf])
def test_a_bad_learning_rate_is_refused(lesson, eta):
    descent, gradient = momentum_function(lesson)
    with pytest.raises(ValueError, match="learning rate η must be finite and > 0"):
        descent(gradient, [10.0, 1.0], eta, 0.5, steps=3)


def test_the_edges_of_the_range_are_accepted(lesson):
    descent, gradient = momentum_function(lesson)
    assert descent(gradient, [10.0, 1.0], 0.09, 0.0, steps=2).shape == (3, 2)
    assert descent(gradient, [10.0, 1.0], 0.09, 0.999, steps=2).shape == (3, 2)


def test_page_shows_each_bad_input_refused(lesson):
    lines, where = lesson.shown("bad-input").splitlines(), lesson.where("bad-input")
    expected = [
        ("β = 1 -> ValueError: momentum β must be in [0, 1), got 1.0"),
        ("β = -0.5 -> ValueError: momentum β must be in [0, 1), got -0.5"),
        ("η = -0.09 -> ValueError: learning rate η must be finite and > 0, got -0.09"),
        ("η = nan -> ValueError: learning rate η must be finite and > 0, got nan"),
    ]
    assert lines == expected, f"{where}: {lines}"


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercise_1_the_stability_limit(lesson):
    lines = lesson.shown("ex1-solution").splitlines()
    where = lesson.where("ex1-solution")
    beta, lam = Fraction(9, 10), 20
    eta_max = 2 * (1 + beta) / lam  # where M has the root −1: 1 + a + β = 0
    assert roots(eta_max, beta, lam)[1] == pytest.approx(-1)
    assert numbers(lines[0])[-1] == pytest.approx(float(eta_max), abs=0.5e-4), where
    for line, factor in zip(
        lines[1:], (Fraction(99, 100), Fraction(101, 100)), strict=True
    ):
        y300 = coordinate(Fraction(1), factor * eta_max, beta, lam, 300)[-1]
        assert numbers(line)[-1] == pytest.approx(float(y300), rel=1e-3), (
            f"{where}: expected {float(y300):.3e}, got {line!r}"
        )
    below, above = (numbers(line)[-1] for line in lines[1:])
    assert abs(below) < 1e-3 and abs(above) > 1e10, "the prose: shrinks, then grows"
    box = lesson.answer_boxes()["momentum-ex1"]
    assert_answer_box(box, float(eta_max), 1e-3 * float(eta_max))


def test_exercise_2_another_valley(lesson):
    lines = lesson.shown("ex2-solution").splitlines()
    where = lesson.where("ex2-solution")
    curvatures, start = (8, 2), (Fraction(1), Fraction(1))
    eta, beta = Fraction(4, 18), Fraction(1, 9)  # 4/(√8 + √2)², ((2 − 1)/(2 + 1))²
    assert numbers(lines[0]) == pytest.approx(
        [4, float(eta), float(beta), 1 / 3], abs=0.5e-4
    ), f"{where}: {lines[0]!r}"
    steps = first_within(valley_path(eta, beta, 200, start, curvatures))
    plain = first_within(
        valley_path(Fraction(1, 5), Fraction(0), 200, start, curvatures)
    )
    assert numbers(lines[1])[-1] == steps, f"{where}: expected {steps}: {lines[1]!r}"
    assert numbers(lines[2])[-1] == plain, f"{where}: expected {plain}: {lines[2]!r}"
    assert steps < 0.7 * plain, "the prose: clearly fewer steps"
    assert spectral_radius(eta, beta, curvatures) == pytest.approx(1 / 3)
    assert_answer_box(lesson.answer_boxes()["momentum-ex2"], steps, 0.5)


def test_exercise_3_the_popular_default(lesson):
    lines = lesson.shown("ex3-solution").splitlines()
    where = lesson.where("ex3-solution")
    eta, beta = Fraction(1, 100), Fraction(9, 10)
    steps = first_within(valley_path(eta, beta, 400))
    assert numbers(lines[0])[-1] == steps, f"{where}: expected {steps}: {lines[0]!r}"
    for line, lam in zip(lines[1:3], CURVATURES, strict=True):
        a = 1 + beta - eta * lam
        assert a * a - 4 * beta < 0, "the prose: complex roots for both curvatures"
        shown = re.search(rf"4β = ({NUMBER}), largest \|μ\| = ({NUMBER})$", line)
        assert shown, f"{where}: {line!r}"
        assert list(map(float, shown.groups())) == pytest.approx(
            [float(a * a - 4 * beta), math.sqrt(0.9)], abs=0.5e-4
        ), f"{where}: {line!r}"
    plain = first_within(valley_path(Fraction(9, 100), Fraction(0), 200))
    assert steps > 3 * plain, "the prose: more than three times as many steps"
    assert lines[3] == (
        f"plain descent, η = 0.09: {plain} steps; "
        f"β = 0.9 takes {steps / plain:.2f} times as many"
    ), f"{where}: {lines[3:]}"
    assert_answer_box(lesson.answer_boxes()["momentum-ex3"], steps, 0.5)


# ── The momentum lab ─────────────────────────────────────────────────────────
# The lab ships, for every (η, β) on its sliders, the path of 40 steps from
# (10, 1) rounded to 2 decimals up to where it leaves the picture, the last
# three printed lines, and the rate. Each is checked against the recurrence.

LAB_X, LAB_Y, LAB_STEPS = 11, Fraction(33, 10), 40


def lab(lesson) -> tuple[str, dict, str]:
    where, shown = lesson.where("momentum-lab"), lesson.shown("momentum-lab")
    return where, lab_frames(shown, where), shown


def lab_settings(frames):
    for j, beta in enumerate(frames["betas"]):
        for i, eta in enumerate(frames["rates"]):
            yield (Fraction(str(eta)), Fraction(str(beta))), frames["runs"][j][i]


def test_lab_offers_the_slider_settings(lesson):
    where, frames, _ = lab(lesson)
    rates = [Fraction(str(r)) for r in frames["rates"]]
    betas = [Fraction(str(b)) for b in frames["betas"]]
    assert rates == [Fraction(1 + 2 * k, 100) for k in range(10)], f"{where}: {rates}"
    assert betas == [Fraction(k, 10) for k in range(10)], f"{where}: {betas}"
    assert frames["steps"] == LAB_STEPS


def test_every_lab_frame_follows_the_recurrence(lesson):
    where, frames, _ = lab(lesson)
    for (eta, beta), (points, tail, rate, leaves) in lab_settings(frames):
        setting = f"{where}: η = {eta}, β = {beta}"
        path = valley_path(eta, beta, LAB_STEPS)
        outside = [
            k for k, (x, y) in enumerate(path) if abs(x) > LAB_X or abs(y) > LAB_Y
        ]
        assert leaves == (outside[0] if outside else 0), f"{setting}: leaves {leaves}"
        drawn = [tuple(map(float, p.split(" "))) for p in points.split("L")]
        assert len(drawn) == (leaves or LAB_STEPS + 1), (
            f"{setting}: {len(drawn)} points"
        )
        for k, (got, want) in enumerate(zip(drawn, path, strict=False)):
            for g, w in zip(got, want, strict=True):
                assert abs(g - w) <= 0.005 + 1e-9, (
                    f"{setting}: step {k}: drew {got}, expected {tuple(map(float, want))}"
                )
        lines = tail.split("\n")
        assert len(lines) == 3, f"{setting}: {tail!r}"
        for line, k in zip(lines, range(LAB_STEPS - 2, LAB_STEPS + 1), strict=True):
            step, x, y = numbers(line)
            assert step == k, f"{setting}: {line!r}"
            for got, want in zip((x, y), path[k], strict=True):
                assert math.isclose(got, want, rel_tol=1e-3, abs_tol=1e-12), (
                    f"{setting}: step {k}: expected {float(want):.4e}, got {line!r}"
                )
        assert abs(float(rate) - spectral_radius(eta, beta)) <= 0.5e-4 + 1e-9, (
            f"{setting}: rate {rate}, expected {spectral_radius(eta, beta):.6f}"
        )


def test_lab_first_shows_the_lessons_setting(lesson):
    where, frames, shown = lab(lesson)
    i, j = frames["rates"].index(0.09), frames["betas"].index(0.5)
    points, tail, rate, _ = frames["runs"][j][i]
    sliders = re.findall(r'<input [^>]*type="range"[^>]*value="(\d+)"', shown)
    assert sliders == [str(i), str(j)], f"{where}: sliders at {sliders}"
    assert f'class="lr-lab__steps" d="M{points}"' in shown, where
    assert f"<code>{tail}</code>" in shown, where
    assert f"<output>{rate}</output>" in shown, where


def test_lab_bears_out_what_the_page_says_about_it(lesson):
    where, frames, _ = lab(lesson)
    run = {setting: frame for setting, frame in lab_settings(frames)}
    eta = Fraction(11, 100)
    assert run[eta, Fraction(0)][3] > 0, f"{where}: β = 0, η = 0.11 should leave"
    for tenths in range(2, 10):
        _, _, rate, leaves = run[eta, Fraction(tenths, 10)]
        assert float(rate) < 1 and not leaves, f"{where}: η = 0.11, β = {tenths / 10}"
    for (eta, beta), (_, _, rate, _) in run.items():
        if beta == Fraction(9, 10):
            want = 1.0 if eta == Fraction(19, 100) else math.sqrt(0.9)
            assert float(rate) == pytest.approx(want, abs=0.5e-4), f"{where}: η = {eta}"
    best = min(run, key=lambda setting: spectral_radius(*setting))
    assert best == (Fraction(11, 100), Fraction(3, 10)), f"{where}: best mark {best}"
