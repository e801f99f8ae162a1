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

from oracles import design, losses_by_step, scaled_data

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
    ratio = float(re.search(r"smallest: (\S+)", shown).group(1))
    assert ratio == pytest.approx(diagonal.max() / diagonal.min(), rel=1e-2)
