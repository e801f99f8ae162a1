"""How long the checks take, and how their cost grows with the course.

    make bench                                  # with build_speed.py
    python benchmarks/suite_speed.py --runs 3   # medians of three

Everything runs in temporary copies of this checkout, with its environment
ready (.venv, node_modules and the reader's Python linked, the build cache
copied), after one run that is not counted:

- `make check` and `make test` on today's course;
- `make check` on the course with every lesson folder copied once more, all
  in the nav (2× the lesson pages and listings): the ratio to 1× shows whether
  the suite grows linearly with the course.

A report, not a test: it prints a table and exits non-zero when a budget is
missed.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from build_speed import copy_course

BUDGET = {"make test": 240.0, "make check": 60.0, "growth": 2.1}
ROOT = Path(__file__).resolve().parents[1]


def prepare(project: Path) -> Path:
    """The copy with this checkout's environment, and page-local sessions in
    the copied lesson folders (a session may not span pages). A copied page
    starts with one more line, so its listings' programs (which name their
    lines) differ from the originals' and each runs on its own, as a new
    lesson's would: a suite that ran identical programs once must not look
    linear for it."""
    (project / ".venv").symlink_to(ROOT / ".venv")
    for page in (project / "docs").glob("*[0-9]/*.md"):
        number = page.parent.name[-1]
        text = page.read_text(encoding="utf-8")
        page.write_text(
            f"<!-- copy {number} of {page.parent.name[:-1]} -->\n"
            + re.sub(r'session="([^"]+)"', rf'session="\1-{number}"', text),
            encoding="utf-8",
        )
    return project


def timed(project: Path, target: str) -> float:
    """Seconds `make <target>` takes in the copy; it must pass."""
    start = time.perf_counter()
    done = subprocess.run(
        ["make", target],
        cwd=project,
        # The copy's own packages, not the ones installed from this checkout.
        env={**os.environ, "PYTHONPATH": str(project)},
        capture_output=True,
        text=True,
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"make {target} failed in {project}:\n{done.stdout[-3000:]}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--check-only", action="store_true", help="make check and its growth only"
    )
    args = parser.parse_args()
    median = statistics.median
    # The environment the copies link to, up to date with the lock first.
    environment = [".venv/.installed-from-lock", "node_modules/.package-lock.json"]
    subprocess.run(["make", *environment], cwd=ROOT, check=True)
    with tempfile.TemporaryDirectory() as where:
        one = prepare(copy_course(Path(where) / "1x", with_cache=True))
        two = prepare(copy_course(Path(where) / "2x", 2, with_cache=True))
        times = {}
        for name, project, target in (
            ("make check", one, "check"),
            ("make check, 2× course", two, "check"),
            ("make test", one, "test"),
        ):
            if args.check_only and target == "test":
                continue
            timed(project, target)  # warm: cache, fonts, the reader's Python
            times[name] = [timed(project, target) for _ in range(args.runs)]
    growth = median(times["make check, 2× course"]) / median(times["make check"])
    rows = [
        ("make test", times.get("make test"), BUDGET["make test"]),
        ("make check", times["make check"], BUDGET["make check"]),
        ("make check, 2× course", times["make check, 2× course"], None),
    ]
    print(f"{'what':<24} {'runs (s)':<26} {'median':>7} {'budget':>7}")
    missed = []
    for name, runs, budget in rows:
        if runs is None:
            continue
        verdict = ""
        if budget is not None:
            verdict = "ok" if median(runs) <= budget else "MISSED"
            missed += [name] if verdict == "MISSED" else []
        shown = " ".join(f"{t:.1f}" for t in runs)
        limit = f"{budget:.0f}" if budget else ""
        print(f"{name:<24} {shown:<26} {median(runs):>7.1f} {limit:>7}  {verdict}")
    verdict = "ok" if growth <= BUDGET["growth"] else "MISSED"
    missed += ["growth"] if verdict == "MISSED" else []
    print(
        f"{'growth, 2× / 1×':<24} {'':<26} {growth:>7.2f} {BUDGET['growth']:>7}  {verdict}"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
