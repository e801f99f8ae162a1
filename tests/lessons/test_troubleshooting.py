"""The troubleshooting page: diverging, crawling and normalised training runs.

Oracle: statistics, not the program. The targets carry Gaussian noise with
standard deviation 0.1, so no linear model can have a mean squared error much
below 0.1² = 0.01 (minus about p/n of it for p fitted parameters), and a model
that has converged sits close to it.
"""

from __future__ import annotations

import re
from itertools import pairwise

import numpy as np
import pytest

from listings import DOCS
from oracles import assert_close, design, losses_by_step, numbers, scaled_data, search

NOISE_VARIANCE = 0.1**2


def losses(lesson, block_id):
    where = lesson.where(block_id)
    return where, losses_by_step(lesson.shown(block_id), where)


def test_features_have_very_different_scales(lesson):
    where = lesson.where("model")
    ranges = re.findall(r"from +(\S+) to +(\S+)", lesson.shown("model"))
    (lo0, hi0), (lo1, hi1) = ((float(a), float(b)) for a, b in ranges)
    assert 0 <= lo0 < hi0 <= 1 and lo1 >= 0 and 500 < hi1 <= 1000, (
        f"{where}: expected features in [0, 1] and [0, 1000], got {ranges}"
    )


def test_mse_gradient_is_verified_on_the_page(lesson):
    shown = lesson.shown("model-gradient-check")
    assert "verified" in shown and "mean squared error" in shown, (
        f"{lesson.where('model-gradient-check')}: expected a 'verified' line, "
        f"got {shown!r}"
    )


def test_large_learning_rate_diverges(lesson):
    where, run = losses(lesson, "diverging")
    values = [run[k] for k in sorted(run)]
    assert sorted(run) == list(range(6)), f"{where}: expected steps 0..5: {run}"
    assert all(b > 1000 * a for a, b in pairwise(values)), (
        f"{where}: expected the loss to explode at every step, got {values}"
    )


def test_small_learning_rate_crawls_far_above_the_noise(lesson):
    where, run = losses(lesson, "crawling")
    values = [run[k] for k in sorted(run)]
    assert all(b <= a for a, b in pairwise(values)), (
        f"{where}: expected the loss never to go up, got {values}"
    )
    assert run[1000] > 10 * NOISE_VARIANCE, (
        f"{where}: expected a crawl far above {NOISE_VARIANCE}, got {run[1000]}"
    )
    assert run[1000] > 0.99 * run[100], (
        f"{where}: expected almost no progress from step 100 to 1000: {run}"
    )


def test_normalised_features_converge_to_the_noise_level(lesson):
    where = lesson.where("normalised")
    ranges = re.findall(r"from +(\S+) to +(\S+)", lesson.shown("normalised"))
    assert all(-4 < float(a) < 0 < float(b) < 4 for a, b in ranges), (
        f"{where}: standardised features should straddle 0 within ±4: {ranges}"
    )
    where, run = losses(lesson, "normalised")
    values = [run[k] for k in sorted(run)]
    assert all(b <= a for a, b in pairwise(values)), (
        f"{where}: expected the loss never to go up, got {values}"
    )
    assert 0.5 * NOISE_VARIANCE < run[100] < 1.5 * NOISE_VARIANCE, (
        f"{where}: expected a final loss near the noise variance "
        f"{NOISE_VARIANCE}, got {run[100]}"
    )


def test_loss_curves_figure_is_described(lesson):
    lesson.assert_figure_described("loss-curves")


def test_every_derivative_on_the_page_is_verified(lesson):
    lesson.assert_checks_named(["∇L of the mean squared error (w₁, w₂, b)"])


def test_curvatures_are_the_hessian_diagonal(lesson):
    """Oracle: the mean squared error's Hessian is (2/n) AᵀA with A = [X 1];
    its diagonal is each parameter's curvature, 2/curvature its stability limit.
    The data are the model listing's own inputs (its seed and code), not outputs."""
    X, _ = scaled_data()
    A = design(X)
    diagonal = np.diag(2 / len(A) * A.T @ A)

    where, shown = lesson.where("curvatures"), lesson.shown("curvatures")
    printed = re.findall(r"curvature +(\S+), needs a learning rate below (\S+)", shown)
    assert len(printed) == 3, f"{where}: {shown}"
    for (curvature, limit), expected in zip(printed, diagonal, strict=True):
        assert float(curvature) == pytest.approx(expected, rel=1e-3), where
        assert float(limit) == pytest.approx(2 / expected, rel=1e-2), where
    times = int(re.search(r"0\.01 is (\d+) times", shown).group(1))
    assert times == round(0.01 * diagonal.max() / 2), f"{where}: {times}"
    ratio = float(re.search(r"curvature along an axis: (\S+)", shown).group(1))
    assert ratio == pytest.approx(diagonal.max() / diagonal.min(), rel=1e-2)


def hessian() -> np.ndarray:
    """The mean squared error's Hessian (2/n) X̃ᵀX̃, X̃ = [X 1], from the model
    listing's inputs (its seed and code), not from anything it prints."""
    X, _ = scaled_data()
    X_tilde = design(X)
    return 2 / len(X_tilde) * X_tilde.T @ X_tilde


def test_kappa_is_a_ratio_of_eigenvalues_not_of_curvatures(lesson):
    """κ = λ_max/λ_min with the eigenvalues recomputed here; the ratio of the
    diagonal entries (curvatures along the axes) printed above is not κ."""
    H = hessian()
    eigenvalues = np.linalg.eigvalsh(H)  # ascending
    where, shown = (
        lesson.where("flattest-direction"),
        lesson.shown("flattest-direction"),
    )
    printed = [
        float(v) for v in search(r"eigenvalues of H: (.*)", shown, where)[1].split(",")
    ]
    assert printed == pytest.approx(eigenvalues.tolist(), rel=1e-3), where
    kappa = float(search(r"κ = λ_max / λ_min = (\S+)", shown, where)[1])
    assert kappa == pytest.approx(eigenvalues[-1] / eigenvalues[0], rel=1e-2), where

    axes = search(r"curvature along an axis: (\S+)", lesson.shown("curvatures"), where)
    diagonal = np.diag(H)
    assert float(axes[1]) == pytest.approx(diagonal.max() / diagonal.min(), rel=1e-2)
    assert kappa > 2 * float(axes[1]), f"{where}: κ {kappa}, axis ratio {axes[1]}"
    # the prose: λ_max is almost the curvature along w2, λ_min below every one
    assert eigenvalues[-1] == pytest.approx(diagonal[1], rel=1e-4)
    assert eigenvalues[0] < diagonal.min()


def test_the_flattest_direction_is_the_smallest_eigenvalues_eigenvector(lesson):
    H = hessian()
    eigenvalues, eigenvectors = np.linalg.eigh(H)
    v = eigenvectors[:, 0] / np.linalg.norm(eigenvectors[:, 0])
    v = v * np.sign(v[0])
    assert H @ v == pytest.approx(eigenvalues[0] * v, abs=1e-6 * eigenvalues[-1])
    where, shown = (
        lesson.where("flattest-direction"),
        lesson.shown("flattest-direction"),
    )
    direction = search(r"flattest direction \(w1, w2, b\): (.*)", shown, where)[1]
    printed = [float(x) for x in direction.split(",")]
    assert printed == pytest.approx(v.tolist(), abs=5e-4), where
    # the prose: it raises w1, lowers b and leaves w2 (almost) alone
    assert printed[0] > 0 > printed[2] and abs(printed[1]) < 1e-3, where
    share = float(search(r"one step closes (\S+) of the distance", shown, where)[1])
    assert share == pytest.approx(1e-6 * eigenvalues[0], rel=1e-2), where


def test_the_link_for_kappa_leads_to_its_definition(lesson):
    target = "../deeper/partial-derivatives.md#why-feature-scaling-fixes-it"
    assert f"({target})" in lesson.source
    page = (DOCS / "deeper/partial-derivatives.md").read_text(encoding="utf-8")
    section = page.split("## Why feature scaling fixes it", 1)[1].split("\n## ", 1)[0]
    definition = r"\kappa = \frac{\lambda_{\max}}{\lambda_{\min}}"
    assert definition in section, "κ is no longer defined where the link points"


def test_the_exercise_standardise_gives_mean_zero_and_std_one(lesson):
    where = lesson.where("exercise-standardise")
    got = np.array(numbers(lesson.printed("exercise-standardise")))
    values = np.array([1000.0, 1500.0, 2000.0, 3500.0])
    want = (values - values.mean()) / values.std()
    assert_close(got, want, 1e-12, "standardised", where)
