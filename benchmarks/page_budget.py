"""Page budgets of a built site: sizes of every page, Lighthouse on every lesson.

    make budget                       # builds the site, then runs this
    python benchmarks/page_budget.py site [--no-lighthouse]

Size: the page's HTML with its inline SVG figures, raw and gzipped (budgets in
engine/pages.py). Lighthouse 12 (pinned in benchmarks/package-lock.json)
scores each lesson page in Debian's headless chromium, served gzipped on
127.0.0.1, with its desktop preset (budget: performance ≥ 95, accessibility
100) and, for information, its default mobile emulation (4× slower CPU).
A report, not a test: it prints a table and exits non-zero when a budget is
missed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

from engine.pages import KB
from engine.pages import PAGE_BUDGET as BUDGET
from engine.static_site import CHROMIUM, CHROMIUM_ARGS, lesson_paths, page_paths, serve

HERE = Path(__file__).resolve().parent
LIGHTHOUSE = HERE / "node_modules" / ".bin" / "lighthouse"


def html_file(site: Path, path: str) -> Path:
    return site / path / "index.html"


def lighthouse(url: str, *options: str) -> dict:
    done = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            *options,
            "--output=json",
            "--output-path=stdout",
            "--only-categories=performance,accessibility",
            "--quiet",
            "--chrome-flags=--headless=new " + " ".join(CHROMIUM_ARGS),
        ],
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    report = json.loads(done.stdout)
    failing = [
        audit["id"]
        for audit in report["audits"].values()
        if audit.get("score") == 0 and audit.get("scoreDisplayMode") == "binary"
    ]
    scores = {
        name: round(category["score"] * 100)
        for name, category in report["categories"].items()
    }
    return {**scores, "failing": failing}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=Path("site"))
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args()

    missed = []
    header = (
        f"{'page':<50} {'raw KB':>7} {'gzip KB':>7} {'perf':>5} {'a11y':>5}"
        f" {'mobile perf':>11}"
    )
    print(header, "-" * len(header), sep="\n")
    lessons = set(lesson_paths())
    with serve(args.site) as base_url:
        for path in page_paths():
            body = html_file(args.site, path).read_bytes()
            raw, packed = len(body), len(gzip.compress(body, 9))
            row = {"raw": raw, "gzip": packed}
            lesson = path in lessons
            if lesson and not args.no_lighthouse:
                row |= lighthouse(base_url + path, "--preset=desktop")
                row["mobile"] = lighthouse(base_url + path)["performance"]
            too_big = [k for k in ("raw", "gzip") if row[k] > BUDGET[k]]
            too_low = [
                k
                for k in ("performance", "accessibility")
                if k in row and row[k] < BUDGET[k]
            ]
            if lesson and (too_big or too_low):
                missed.append(
                    f"{path}: {', '.join(too_big + too_low)} {row.get('failing', '')}"
                )
            print(
                f"{path or '(home)':<50} {raw / KB:>7.1f} {packed / KB:>7.1f} "
                f"{row.get('performance', ''):>5} {row.get('accessibility', ''):>5}"
                f" {row.get('mobile', ''):>11}"
                + ("  ✗ " + ", ".join(too_big + too_low) if too_big or too_low else "")
            )
    print(
        f"\nBudget (lesson pages): {BUDGET['raw'] // KB} KB raw, "
        f"{BUDGET['gzip'] // KB} KB gzip, performance ≥ {BUDGET['performance']}, "
        f"accessibility {BUDGET['accessibility']}"
    )
    for line in missed:
        print("missed:", line)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
