"""The checks bite: plant a fault in a copy of the project and watch them fail.

Each case copies the project, breaks one lesson the way a careless edit would,
and runs that lesson's checks in the copy. They must fail, and the failure must
name the page, so a maintainer knows where to look. The copy gets this
checkout's listing cache, so its build re-runs only what the fault touches.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from listings import clean_env, copy_project

PLANTED = {
    "a wrong derivative": (
        "snippets/derivatives/seed_example.py",
        "return 2 * x",
        "return 3 * x",
        "tests/test_derivatives.py",
        "docs/lessons/derivatives.md",
    ),
    "a wrong descent step": (
        "snippets/gradient_descent/seed_example.py",
        "x = x - learning_rate * gradient",
        "x = x - learning_rate * gradient / 2",
        "tests/test_gradient_descent.py",
        "docs/lessons/gradient-descent.md",
    ),
    "a wrong momentum update": (
        "snippets/momentum/heavy_ball.py",
        "v = momentum * v + gradient(p)",
        "v = momentum * v + (1 - momentum) * gradient(p)",  # β on the wrong term
        "tests/test_momentum.py",
        "docs/optimisation/momentum.md",
    ),
    "a softmax Jacobian without its diagonal term": (
        "snippets/jacobians/softmax_layer.py",
        "return np.diag(p) - np.outer(p, p)",
        "return -np.outer(p, p)",
        "tests/test_jacobians.py",
        "docs/deep-networks/jacobians.md",
    ),
    "a block that raises": (
        "snippets/derivatives/seed_example.py",
        "x = 3\n",
        "x = 3\nraise RuntimeError('planted')\n",
        "tests/test_derivatives.py",
        "docs/lessons/derivatives.md",
    ),
}


def copy_with_fault(tmp_path, path, good, bad):
    project = copy_project(tmp_path)
    target = project / path
    source = target.read_text(encoding="utf-8")
    assert good in source, f"{path} no longer contains {good!r}: update this test"
    target.write_text(source.replace(good, bad, 1), encoding="utf-8")
    return project


@pytest.mark.parametrize("fault", PLANTED, ids=str)
def test_planted_fault_fails_and_names_the_page(fault, tmp_path, site):
    # `site`: this checkout is built first, so the copy's cache is warm.
    path, good, bad, checks, page = PLANTED[fault]
    project = copy_with_fault(tmp_path, path, good, bad)
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", checks],
        cwd=project,
        # The copy's snippets package, not the one installed from this checkout.
        env=clean_env(PYTHONPATH=str(project)),
        capture_output=True,
        text=True,
        timeout=900,
    )
    report = done.stdout + done.stderr
    assert done.returncode == 1, f"checks passed with {fault} planted:\n{report}"
    assert page in report, f"the failure does not name {page}:\n{report}"
