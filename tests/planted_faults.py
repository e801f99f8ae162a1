"""Faults planted in copies of the project, to prove the checks bite.

Each fault breaks one lesson the way a careless edit would, on a page of its
own, so faults that do not interfere share one copy and one build:
tests/site/test_checks_bite.py plants the faults the build must catch,
tests/site/test_build_cache.py the faults only the tests can catch.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from listings import clean_env

# fault → (file, good text, bad text, the checks that must catch it, its page)
BUILD_FAULTS = {
    "a wrong derivative": (
        "snippets/derivatives/seed_example.py",
        "return 2 * x",
        "return 3 * x",
        "",
        "docs/lessons/derivatives.md",
    ),
    "a softmax Jacobian without its diagonal term": (
        "snippets/jacobians/softmax_layer.py",
        "return np.diag(p) - np.outer(p, p)",
        "return -np.outer(p, p)",
        "",
        "docs/deep-networks/jacobians.md",
    ),
    "a grader whose oracle rejects the lesson's solution": (
        "snippets/faq/grade_clip.py",
        "scale = min(1.0, max_norm / math.hypot(*gradient))",
        "scale = max_norm / math.hypot(*gradient)",  # scales short gradients up
        "",
        "docs/lessons/faq.md",
    ),
    "a block that raises": (
        "snippets/partial_derivatives/round_bowl.py",
        "def g(q):\n",
        "raise RuntimeError('planted')\n\n\ndef g(q):\n",
        "",
        "docs/deeper/partial-derivatives.md",
    ),
}
ORACLE_FAULTS = {
    "a wrong descent step": (
        "snippets/gradient_descent/seed_example.py",
        "x = x - learning_rate * gradient",
        "x = x - learning_rate * gradient / 2",
        "tests/lessons/test_gradient_descent.py",
        "docs/lessons/gradient-descent.md",
    ),
    "a wrong momentum update": (
        "snippets/momentum/heavy_ball.py",
        "v = momentum * v + gradient(p)",
        "v = momentum * v + (1 - momentum) * gradient(p)",  # β on the wrong term
        "tests/lessons/test_momentum.py",
        "docs/optimisation/momentum.md",
    ),
    "a live graph that shows each value as its gradient": (
        "snippets/chain_rule_and_backpropagation/graph_lab.py",
        "{lab_number(node.grad)}",
        "{lab_number(node.data)}",
        "tests/lessons/test_chain_rule_and_backpropagation.py",
        "docs/deeper/chain-rule-and-backpropagation.md",
    ),
    "a copy that imports the project's helpers": (
        "snippets/why_calculus/loss_of_one_weight.py",
        "x, y = 2, 6\n",
        "from snippets.verify import relative_error\n\nx, y = 2, 6\n",
        "tests/site/test_listings.py::test_a_copy_imports_nothing_of_the_project",
        "docs/lessons/why-calculus.md",
    ),
}


def plant(project: Path, faults: dict) -> Path:
    """Plant each fault in the project's files."""
    for path, good, bad, _, _ in faults.values():
        target = project / path
        source = target.read_text(encoding="utf-8")
        assert good in source, f"{path} no longer contains {good!r}: update this test"
        target.write_text(source.replace(good, bad, 1), encoding="utf-8")
    return project


def oracle_checks_fail(project: Path, site_dir: Path, report: Path) -> None:
    """Run the checks of every planted oracle fault in `project` against its
    built site; each must fail, with a failure that names its page."""
    checks = sorted({checks for _, _, _, checks, _ in ORACLE_FAULTS.values()})
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"--junitxml={report}",
            *checks,
        ],
        cwd=project,
        # The copy's snippets package, not the one installed from this checkout.
        env=clean_env(PYTHONPATH=str(project), SITE_UNDER_TEST=str(site_dir)),
        capture_output=True,
        text=True,
        timeout=1200,
    )
    report_text = done.stdout + done.stderr
    assert done.returncode == 1, f"checks passed with faults planted:\n{report_text}"
    failures = [
        (case.get("classname", ""), failure.get("message", "") + (failure.text or ""))
        for case in ET.parse(report).iter("testcase")
        for failure in case.findall("failure") + case.findall("error")
    ]
    for fault, (_, _, _, checks, page) in ORACLE_FAULTS.items():
        module = checks.split("::")[0].removesuffix(".py").replace("/", ".")
        named = [text for where, text in failures if where == module and page in text]
        assert named, f"{fault}: no failure of {checks} names {page}:\n{report_text}"
