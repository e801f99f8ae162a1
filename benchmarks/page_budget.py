"""Page budgets of a built site: sizes of every page, Lighthouse on every lesson.

    make budget                       # builds the site, then runs this
    python benchmarks/page_budget.py site [--no-lighthouse]
    python benchmarks/page_budget.py site --runs 3 --json out.json \
        --page lessons/gradient-descent/ --page deeper/a-small-network/

Size: the page's HTML with its inline SVG figures and typeset math, raw (for
information) and gzipped, as it goes over the wire. Lighthouse 12 (pinned in
benchmarks/package-lock.json) scores each lesson page in Debian's headless
chromium, served gzipped on 127.0.0.1, with its desktop preset and its
default mobile emulation (4× slower CPU); with --runs N, each score is the
median of N runs (one run's scores vary by several points on a shared machine).
Budgets: PAGE_BUDGET in engine/pages.py.
A report, not a test: it prints a table and exits non-zero when a budget is
missed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from engine.pages import KB
from engine.pages import PAGE_BUDGET as BUDGET
from harness.static_site import CHROMIUM, CHROMIUM_ARGS, lesson_paths, page_paths, serve

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
    audits = report["audits"]
    failing = [
        audit["id"]
        for audit in audits.values()
        if audit.get("score") == 0 and audit.get("scoreDisplayMode") == "binary"
    ]
    scores = {
        name: round(category["score"] * 100)
        for name, category in report["categories"].items()
    }
    return {
        **scores,
        "layout shift": audits["cumulative-layout-shift"]["numericValue"],
        "blocking ms": audits["total-blocking-time"]["numericValue"],
        "dom elements": audits["dom-size"]["numericValue"],
        "failing": failing,
    }


def lighthouse_median(url: str, runs: int, *options: str) -> dict:
    """Each number the median of `runs` runs; a failing audit, if any run failed it."""
    reports = [lighthouse(url, *options) for _ in range(runs)]
    row = {
        key: statistics.median(report[key] for report in reports)
        for key, value in reports[0].items()
        if not isinstance(value, list)
    }
    return row | {"failing": sorted({a for r in reports for a in r["failing"]})}


# Budget keys where more is better; the others are ceilings.
AT_LEAST = {"performance", "mobile performance", "accessibility"}


def measure(base_url: str, site: Path, path: str, lesson: bool, runs: int) -> dict:
    body = html_file(site, path).read_bytes()
    row = {"raw": len(body), "gzip": len(gzip.compress(body, 9))}
    if lesson and runs:
        desktop = lighthouse_median(base_url + path, runs, "--preset=desktop")
        mobile = lighthouse_median(base_url + path, runs)
        row |= {
            "performance": desktop["performance"],
            "accessibility": desktop["accessibility"],
            "mobile performance": mobile["performance"],
            "mobile accessibility": mobile["accessibility"],
            "layout shift": max(desktop["layout shift"], mobile["layout shift"]),
            "blocking ms": mobile["blocking ms"],
            "dom elements": mobile["dom elements"],
            "failing": sorted(set(desktop["failing"] + mobile["failing"])),
        }
    return row


def missed_budgets(row: dict) -> list[str]:
    return [
        key
        for key, limit in BUDGET.items()
        if key in row and (row[key] < limit if key in AT_LEAST else row[key] > limit)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site", type=Path, nargs="?", default=Path("site"))
    parser.add_argument("--page", action="append", help="only this, e.g. lessons/faq/")
    parser.add_argument("--no-lighthouse", action="store_true")
    parser.add_argument("--runs", type=int, default=1, help="Lighthouse runs a page")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    runs = 0 if args.no_lighthouse else args.runs

    missed = []
    header = (
        f"{'page':<42} {'raw KB':>7} {'gzip KB':>7} {'desktop':>7} {'mobile':>6}"
        f" {'a11y':>4} {'CLS':>5} {'TBT ms':>6} {'DOM':>6}"
    )
    print(header, "-" * len(header), sep="\n")
    lessons = set(lesson_paths())
    rows = {}
    with serve(args.site) as base_url:
        for path in args.page or page_paths():
            lesson = path in lessons
            row = rows[path] = measure(base_url, args.site, path, lesson, runs)
            over = missed_budgets(row) if lesson else []
            if over:
                missed.append(f"{path}: {', '.join(over)} {row.get('failing', '')}")
            cells = [
                f"{row.get('performance', ''):>7}",
                f"{row.get('mobile performance', ''):>6}",
                f"{row.get('accessibility', ''):>4}",
                f"{row['layout shift']:>5.3f}" if "layout shift" in row else " " * 5,
                f"{row['blocking ms']:>6.0f}" if "blocking ms" in row else " " * 6,
                f"{row['dom elements']:>6.0f}" if "dom elements" in row else " " * 6,
            ]
            print(
                f"{path or '(home)':<42} {row['raw'] / KB:>7.1f} {row['gzip'] / KB:>7.1f} "
                + " ".join(cells)
                + ("  ✗ " + ", ".join(over) if over else "")
            )
    print(
        f"\nBudget (lesson pages): {BUDGET['gzip'] // KB} KB gzipped; Lighthouse "
        f"performance ≥ {BUDGET['performance']} desktop, "
        f"≥ {BUDGET['mobile performance']} mobile; accessibility "
        f"{BUDGET['accessibility']}; layout shift ≤ {BUDGET['layout shift']}; "
        f"total blocking time ≤ {BUDGET['blocking ms']} ms on mobile"
    )
    for line in missed:
        print("missed:", line)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
