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

from listings import find, shown_on_page
from page_widgets import assert_checks_named, assert_figure_described

NOISE_VARIANCE = 0.1**2
PAGE = "lessons/troubleshooting.md"


def listing(block_id: str):
    return find(PAGE, block_id)


def losses(site, block_id):
    block = listing(block_id)
    found = re.findall(r"step +(\d+): loss (\S+)", shown_on_page(site, block))
    return block, {int(step): float(loss) for step, loss in found}


def test_features_have_very_different_scales(site):
    block = listing("model")
    ranges = re.findall(r"from +(\S+) to +(\S+)", shown_on_page(site, block))
    (lo0, hi0), (lo1, hi1) = ((float(a), float(b)) for a, b in ranges)
    assert 0 <= lo0 < hi0 <= 1 and lo1 >= 0 and 500 < hi1 <= 1000, (
        f"{block.where}: expected features in [0, 1] and [0, 1000], got {ranges}"
    )


def test_mse_gradient_is_verified_on_the_page(site):
    check = listing("model-gradient-check")
    shown = shown_on_page(site, check)
    assert "verified" in shown and "mean squared error" in shown, (
        f"{check.where}: expected a 'verified' line, got {shown!r}"
    )


def test_large_learning_rate_diverges(site):
    block, run = losses(site, "diverging")
    values = [run[k] for k in sorted(run)]
    assert sorted(run) == list(range(6)), f"{block.where}: expected steps 0..5: {run}"
    assert all(b > 1000 * a for a, b in pairwise(values)), (
        f"{block.where}: expected the loss to explode at every step, got {values}"
    )


def test_small_learning_rate_crawls_far_above_the_noise(site):
    block, run = losses(site, "crawling")
    values = [run[k] for k in sorted(run)]
    assert all(b <= a for a, b in pairwise(values)), (
        f"{block.where}: expected the loss never to go up, got {values}"
    )
    assert run[1000] > 10 * NOISE_VARIANCE, (
        f"{block.where}: expected a crawl far above {NOISE_VARIANCE}, got {run[1000]}"
    )
    assert run[1000] > 0.99 * run[100], (
        f"{block.where}: expected almost no progress from step 100 to 1000: {run}"
    )


def test_normalised_features_converge_to_the_noise_level(site):
    block = listing("normalised")
    ranges = re.findall(r"from +(\S+) to +(\S+)", shown_on_page(site, block))
    assert all(-4 < float(a) < 0 < float(b) < 4 for a, b in ranges), (
        f"{block.where}: standardised features should straddle 0 within ±4: {ranges}"
    )
    block, run = losses(site, "normalised")
    values = [run[k] for k in sorted(run)]
    assert all(b <= a for a, b in pairwise(values)), (
        f"{block.where}: expected the loss never to go up, got {values}"
    )
    assert 0.5 * NOISE_VARIANCE < run[100] < 1.5 * NOISE_VARIANCE, (
        f"{block.where}: expected a final loss near the noise variance "
        f"{NOISE_VARIANCE}, got {run[100]}"
    )


def test_loss_curves_figure_is_described(site):
    block = listing("loss-curves")
    shown = shown_on_page(site, block)
    assert_figure_described(shown, block.where)


def test_every_derivative_on_the_page_is_verified(site):
    assert_checks_named(site, PAGE, ["∇L of the mean squared error (w₁, w₂, b)"])


def test_curvatures_are_the_hessian_diagonal(site):
    """Oracle: the mean squared error's Hessian is (2/n) AᵀA with A = [X 1];
    its diagonal is each parameter's curvature, 2/curvature its stability limit.
    The data are the model listing's own inputs (its seed and code), not outputs."""
    rng = np.random.default_rng(7)
    n = 200
    X = np.column_stack([rng.uniform(0, 1, n), rng.uniform(0, 1000, n)])
    A = np.column_stack([X, np.ones(n)])
    diagonal = np.diag(2 / n * A.T @ A)

    block = listing("curvatures")
    shown = shown_on_page(site, block)
    printed = re.findall(r"curvature +(\S+), needs a learning rate below (\S+)", shown)
    assert len(printed) == 3, f"{block.where}: {shown}"
    for (curvature, limit), expected in zip(printed, diagonal, strict=True):
        assert float(curvature) == pytest.approx(expected, rel=1e-3), block.where
        assert float(limit) == pytest.approx(2 / expected, rel=1e-2), block.where
    times = int(re.search(r"0\.01 is (\d+) times", shown).group(1))
    assert times == round(0.01 * diagonal.max() / 2), f"{block.where}: {times}"
    ratio = float(re.search(r"smallest: (\S+)", shown).group(1))
    assert ratio == pytest.approx(diagonal.max() / diagonal.min(), rel=1e-2)
