"""Page budgets of a built site: sizes of every page, Lighthouse on every lesson.

    make budget                       # builds the site, then runs this
    python benchmarks/page_budget.py site [--no-lighthouse]

Size: the page's HTML with its inline SVG figures and typeset math, raw (for
information) and gzipped, as it goes over the wire. Lighthouse 12 (pinned in
benchmarks/package-lock.json) scores each lesson page in Debian's headless
chromium, served gzipped on 127.0.0.1, with its desktop preset and its
default mobile emulation (4× slower CPU). Budgets: PAGE_BUDGET in
engine/pages.py.
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
        "failing": failing,
    }


# Budget keys where more is better; the others are ceilings.
AT_LEAST = {"performance", "mobile performance", "accessibility"}


def measure(base_url: str, site: Path, path: str, lesson: bool, scores: bool) -> dict:
    body = html_file(site, path).read_bytes()
    row = {"raw": len(body), "gzip": len(gzip.compress(body, 9))}
    if lesson and scores:
        desktop = lighthouse(base_url + path, "--preset=desktop")
        mobile = lighthouse(base_url + path)
        row |= {
            "performance": desktop["performance"],
            "accessibility": desktop["accessibility"],
            "mobile performance": mobile["performance"],
            "mobile accessibility": mobile["accessibility"],
            "layout shift": max(desktop["layout shift"], mobile["layout shift"]),
            "blocking ms": mobile["blocking ms"],
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
    parser.add_argument("--no-lighthouse", action="store_true")
    args = parser.parse_args()

    missed = []
    header = (
        f"{'page':<42} {'raw KB':>7} {'gzip KB':>7} {'desktop':>7} {'mobile':>6}"
        f" {'a11y':>4} {'CLS':>5} {'TBT ms':>6}"
    )
    print(header, "-" * len(header), sep="\n")
    lessons = set(lesson_paths())
    with serve(args.site) as base_url:
        for path in page_paths():
            lesson = path in lessons
            row = measure(base_url, args.site, path, lesson, not args.no_lighthouse)
            over = missed_budgets(row) if lesson else []
            if over:
                missed.append(f"{path}: {', '.join(over)} {row.get('failing', '')}")
            cells = [
                f"{row.get('performance', ''):>7}",
                f"{row.get('mobile performance', ''):>6}",
                f"{row.get('accessibility', ''):>4}",
                f"{row['layout shift']:>5.3f}" if "layout shift" in row else " " * 5,
                f"{row['blocking ms']:>6.0f}" if "blocking ms" in row else " " * 6,
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
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
