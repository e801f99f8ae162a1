"""The beyond-convex page, against oracles that do not run the page's code.

- The saddle x² − y²: descent gives x_k = (1 − 2η)^k x_0 and y_k = (1 + 2η)^k y_0
  exactly, so the escape count is the least k with (1 + 2η)^k |y_0| ≥ 1, found here
  in Fraction arithmetic, and the plateau's rows are computed from the closed form.
- The double well: the roots of the cubic f′ are found here by bisection in exact
  Fraction arithmetic (not np.roots); the basin of a start is the side of the
  local maximum it lies on.
- The toy: for a 1 × 1 "matrix" a minimum has probability ½; for 2 × 2 matrices
  (B + Bᵀ)/2 (the Gaussian orthogonal ensemble) the probability that both
  eigenvalues are positive is (2 − √2)/4: the joint density of the eigenvalues is
  ∝ |λ1 − λ2| exp(−(λ1² + λ2²)/2), and in polar coordinates the radial integral
  cancels, leaving ∫_0^{π/2} |cos φ − sin φ| dφ / ∫_0^{2π} |cos φ − sin φ| dφ
  = 2(√2 − 1) / (4√2). Counts are checked against these within 4.5 standard
  deviations of a binomial count, and n = 3 against a sample drawn here.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction as F

import numpy as np

from oracles import NUMBER, assert_close, assert_sig, numbers
from page_widgets import assert_answer_box


def escape_steps(y0: F, eta: F) -> int:
    """The least k with (1 + 2η)^k |y0| ≥ 1, exactly."""
    k, y = 0, abs(y0)
    while y < 1:
        k, y = k + 1, y * (1 + 2 * eta)
    return k


def bisect(poly, lo: F, hi: F, digits=30) -> F:
    """A root of `poly` in [lo, hi], where it changes sign, to 10^-digits."""
    assert poly(lo) * poly(hi) < 0
    while hi - lo > F(1, 10**digits):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if poly(lo) * poly(mid) > 0 else (lo, mid)
    return (lo + hi) / 2


def cubic(tilt: F):
    return lambda x: 4 * x**3 - 4 * x + tilt


def well_roots(tilt: F) -> list[F]:
    p = cubic(tilt)
    return [
        bisect(p, F(-2), F(-1, 2)),
        bisect(p, F(0), F(1, 2)),
        bisect(p, F(1, 2), F(2)),
    ]


# ── The saddle ───────────────────────────────────────────────────────────────


def test_escape_counts_match_the_formula(lesson):
    text, where = lesson.shown("saddle"), lesson.where("saddle")
    lines = text.splitlines()
    assert lines[0] == "per step: x × 0.8, y × 1.2", f"{where}: {lines[0]}"
    rows = [line.split() for line in lines[2:]]
    assert [r[0] for r in rows] == ["1e-01", "1e-03", "1e-06", "1e-09", "0e+00"], where
    for y0_text, counted, formula in rows[:-1]:
        y0 = F(10) ** int(y0_text.split("e")[1])
        k = escape_steps(y0, F(1, 10))
        assert int(counted) == k == int(formula), (
            f"{where}: y0 = {y0_text}: counted {counted}, formula {formula}, exact {k}"
        )
        ratio = math.log(1 / float(y0)) / math.log(1.2)
        assert k == math.ceil(ratio) and ratio % 1 > 0.01, f"{where}: near a tie"
    assert rows[-1][1:] == ["never", "∞"], f"{where}: {rows[-1]}"


def test_plateau_follows_the_closed_form(lesson):
    text, where = lesson.shown("plateau"), lesson.where("plateau")
    rows = [numbers(line) for line in text.splitlines()[1:]]
    assert [int(r[0]) for r in rows] == [0, 10, 20, 40, 60, 70, 76, 80], where
    values = {}
    for k, x, y, f, length in rows:
        k = int(k)
        xk, yk = F(4, 5) ** k, F(1, 10**6) * F(6, 5) ** k
        want_f = xk**2 - yk**2
        want_length = 2 * math.sqrt(float(xk**2 + yk**2))
        for got, want, name in ((x, xk, "x"), (y, yk, "y"), (f, want_f, "f")):
            assert_sig(got, float(want), 3, f"{name} at step {k}", where)
        assert_sig(length, want_length, 3, f"|∇f| at step {k}", where)
        values[k] = (float(want_f), want_length)
    # What the prose says about the plateau and the escape.
    assert all(abs(values[k][0]) < 0.005 for k in (20, 40, 60)), where
    assert 0.002 < values[40][1] < 0.004, where
    assert values[76][0] < -1, where
    assert escape_steps(F(1, 10**6), F(1, 10)) == 76  # the row the table shows


def test_saddle_figure(lesson):
    lesson.assert_figure_described("saddle-figure")


# ── Two minima ───────────────────────────────────────────────────────────────


def test_critical_points_of_the_double_well(lesson):
    text, where = lesson.shown("double-well"), lesson.where("double-well")
    rows = re.findall(
        rf"x = ({NUMBER}): f = ({NUMBER}), f'' = ({NUMBER}), a local (\w+)", text
    )
    roots = well_roots(F(3, 10))
    assert len(rows) == 3, f"{where}: {text}"
    for (x, f, f2, kind), root in zip(rows, roots, strict=True):
        assert_close(float(x), float(root), 5.1e-7, "critical point", where)
        value = root**4 - 2 * root**2 + F(3, 10) * root
        assert_close(float(f), float(value), 5.1e-7, "f", where)
        curvature = 12 * root**2 - 4
        assert_close(float(f2), float(curvature), 5.1e-5, "f''", where)
        assert kind == ("minimum" if curvature > 0 else "maximum"), where
    left, _, right = roots
    # 'The left minimum is the global one ... higher by about 0.6'.
    gap = (right**4 - 2 * right**2 + F(3, 10) * right) - (
        left**4 - 2 * left**2 + F(3, 10) * left
    )
    assert 0.55 < gap < 0.65, f"{where}: gap {float(gap)}"
    printed = re.search(rf"higher than the left by ({NUMBER})$", text, re.M)
    assert printed, f"{where}: {text}"
    assert_close(float(printed[1]), float(gap), 5.1e-4, "the gap", where)


def test_the_start_decides_by_the_side_of_the_maximum(lesson):
    text, where = lesson.shown("basins"), lesson.where("basins")
    lines = text.splitlines()
    left = [float(v) for v in lines[0].split(":")[1].split()]
    right = [float(v) for v in lines[1].split(":")[1].split()]
    starts = sorted([-2 + 0.25 * i for i in range(17)] + [0.06, 0.07, 0.08, 0.09])
    assert sorted(left + right) == starts, f"{where}: {text}"
    border = well_roots(F(3, 10))[1]
    for x0 in left:
        assert F(x0) < border, f"{where}: {x0} is right of the border {float(border)}"
    for x0 in right:
        assert F(x0) > border, f"{where}: {x0} is left of the border {float(border)}"
    assert max(left) == 0.07 and min(right) == 0.08, where  # 'either side'
    tolerance = numbers(lines[2])[0]
    assert tolerance <= 1e-12, f"{where}: {lines[2]}"
    assert_close(numbers(lines[3])[-1], float(border), 5.1e-7, "border", where)
    assert f"{float(border):.4f}" == "0.0754", "the prose says x ≈ 0.0754"
    # η = 0.05 is below 2 / f'' at both minima, so no run can oscillate across.
    for root in well_roots(F(3, 10))[::2]:
        assert F(5, 100) * (12 * root**2 - 4) < 2


def test_basins_figure(lesson):
    lesson.assert_figure_described("basins-figure")


# ── The toy ──────────────────────────────────────────────────────────────────


def test_random_hessians_toy(lesson):
    text, where = lesson.shown("random-hessians"), lesson.where("random-hessians")
    samples = 20_000
    lines = text.splitlines()[1:]
    # The last column: 20000 / 2^d, what independent signs would give.
    assert [numbers(line)[4] for line in lines] == [samples / 2**d for d in range(1, 7)]
    rows = [list(map(int, numbers(line)[:4])) for line in lines]
    assert [r[0] for r in rows] == [1, 2, 3, 4, 5, 6], f"{where}: {text}"

    def within(count, p, what):
        sd = math.sqrt(samples * p * (1 - p))
        assert abs(count - samples * p) <= 4.5 * sd, (
            f"{where}: {what}: {count} of {samples}, expected {samples * p:.0f} ± {sd:.0f}"
        )

    for _n, minima, maxima, saddles in rows:
        assert minima + maxima + saddles == samples, where
    (_, min1, max1, sad1), (_, min2, max2, _) = rows[:2]
    within(max1, 0.5, "n = 1 maxima")
    assert sad1 == 0, where  # a 1 × 1 matrix has one eigenvalue
    within(min1, 0.5, "n = 1 minima")
    p2 = (2 - math.sqrt(2)) / 4
    within(min2, p2, "n = 2 minima")
    within(max2, p2, "n = 2 maxima")  # −M has the same distribution as M
    # n = 3, against a sample drawn here with another seed.
    rng = np.random.default_rng(12345)
    B = rng.normal(size=(200_000, 3, 3))
    p3 = float(np.mean(np.linalg.eigvalsh(B + np.swapaxes(B, 1, 2)).min(axis=1) > 0))
    within(rows[2][1], p3, "n = 3 minima")
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True), where
    assert rows[-1][1] == 0, f"{where}: the prose says none at d = 6"
    # 'The toy falls even faster than 2^-d': fewer minima than 20000/2^d from d = 2.
    assert all(r[1] < samples / 2 ** r[0] for r in rows[1:]), where


# ── Exercises ────────────────────────────────────────────────────────────────


def test_exercises(lesson):
    text, where = lesson.shown("ex-escape"), lesson.where("ex-escape")
    k = escape_steps(F(1, 10**6), F(1, 20))
    assert text.splitlines() == [
        f"η = 0.05: {k} steps counted, {k} by the formula",
        f"η = 0.1: {escape_steps(F(1, 10**6), F(1, 10))} steps",
    ], f"{where}: {text}"

    text, where = lesson.shown("ex-tilt"), lesson.where("ex-tilt")
    roots = well_roots(F(1, 2))
    printed = numbers(text.splitlines()[0].split(":")[1])
    for got, root in zip(printed, roots, strict=True):
        assert_close(got, float(root), 5.1e-7, "tilted root", where)
    border = numbers(text.splitlines()[1])
    assert_close(border[0], float(roots[1]), 5.1e-7, "tilted border", where)
    assert_close(border[-2], float(well_roots(F(3, 10))[1]), 5.1e-7, "old", where)
    assert roots[1] > well_roots(F(3, 10))[1], f"{where}: 'moves to the right'"

    text, where = lesson.shown("ex-stuck"), lesson.where("ex-stuck")
    lines = text.splitlines()
    eigen = [sorted(numbers(line.split("eigenvalues")[1])) for line in lines[:3]]
    # 12x² − 4 at x = −1, 0, 1, and 2 for y.
    assert eigen == [[2, 8], [-4, 2], [2, 8]], f"{where}: {eigen}"
    for line in lines[:3]:
        assert numbers(line.split("gradient")[1].split("Hessian")[0]) == [0, 0], line
    stuck, free = (numbers(line.split("steps at")[1]) for line in lines[3:5])
    y200 = float(F(1, 2) * F(4, 5) ** 200)  # y ← (1 − 2η) y
    assert stuck[0] == 0 and free[0] == 1.0, f"{where}: {lines[3:5]}"
    assert_sig(stuck[1], y200, 3, "y after 200", where)
    assert_sig(free[1], y200, 3, "y after 200", where)
    assert stuck[2] == 0 and free[2] == -1.0, f"{where}: g at the ends"


def test_exercise_answer_boxes(lesson):
    boxes = lesson.answer_boxes()
    ids = {"beyond-convex-ex1", "beyond-convex-ex2", "beyond-convex-ex3"}
    assert set(boxes) == ids, sorted(boxes)
    assert_answer_box(
        boxes["beyond-convex-ex1"], escape_steps(F(1, 10**6), F(1, 20)), 0.5
    )
    border = float(well_roots(F(1, 2))[1])
    assert_answer_box(boxes["beyond-convex-ex2"], border, border * 1e-3)
    assert_answer_box(boxes["beyond-convex-ex3"], -4.0, 4e-3)


def test_page_size_and_figures(lesson):
    lesson.assert_figures_within_budget(figures=2)


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(
        [
            "∇f(x, y) = (2x, −2y) at (0.7, −0.4)",
            "row 1 of H, ∇(∂f/∂x) = (2, 0)",
            "row 2 of H, ∇(∂f/∂y) = (0, −2)",
            "f′(x) = 4x³ − 4x + 0.3 at x = 0.4",
            "f″(x) = 12x² − 4 at x = 0.4",
            "f′(x) = 4x³ − 4x + 0.5 at x = 0.4",
            "∇g(x, y) = (4x³ − 4x, 2y) at (0.6, −0.3)",
            "row 1 of the Hessian of g at (0.6, −0.3)",
            "row 2 of the Hessian of g at (0.6, −0.3)",
        ],
    )
