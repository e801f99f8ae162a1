"""How fast the site builds and how fast `mkdocs serve` shows an edit.

    make bench                        # all of it, medians of three runs
    python benchmarks/build_speed.py --runs 1 --no-large

Everything runs in a temporary copy of this checkout, never in it:

- cold build: `mkdocs build --strict` with the build cache off;
- floor: a build with every output already in the cache (the cost of
  rendering the site), plus one pass of every listing in one process (the cost
  of running the course's code once); budget: cold ≤ 1.5 × floor;
- serve, prose edit: `mkdocs serve --dirty` running, a sentence appended to a
  lesson, time until the server returns the page with it; budget ≤ 1 s;
- serve, snippet edit: a line that prints appended to a listing's file, time
  until the page shows it; budget ≤ 1 s + what that chain took to run (the
  server's own "listings: …" line);
- the same prose edit on a course ten times larger (the lesson folders copied
  nine more times, all in the nav); budget ≤ 1.5 × the 1× figure.

A report, not a test: it prints a table and exits non-zero when a budget is
missed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import redirect_stdout
from pathlib import Path

import matplotlib

from engine.pages import (
    LESSON_SECTIONS,
    chains,
    page_listings,
    page_path,
    site_pages,
    snippet_expander,
)
from engine.runner import BACKEND
from harness import project_copy
from harness.static_site import site_path

ROOT = Path(__file__).resolve().parents[1]
MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
PROSE_PAGE = "lessons/derivatives.md"
SNIPPET = "snippets/derivatives/seed_example.py"  # its chain: one listing
COPIES = 10


def copy_course(where: Path, copies: int = 1, *, with_cache: bool = False) -> Path:
    """This checkout in `where`, with the lesson folders copied `copies` times."""
    project = project_copy.copy_project(ROOT, where / "project", with_cache=with_cache)
    nav = []
    for n in range(2, copies + 1):
        for section in LESSON_SECTIONS:
            if not (project / "docs" / section).is_dir():
                continue  # a section not written yet
            shutil.copytree(
                project / "docs" / section, project / "docs" / f"{section}{n}"
            )
            pages = sorted((project / "docs" / f"{section}{n}").glob("*.md"))
            nav.append(f"  - {section.title()} {n}:")
            nav += [f"      - {section}{n}/{page.name}" for page in pages]
    if nav:
        with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
            config.write("\n".join(nav) + "\n")
    return project


def build(project: Path, *, cold: bool) -> float:
    env = {**ENV, "BUILD_CACHE": "off"} if cold else ENV
    start = time.perf_counter()
    subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project,
        env=env,
        check=True,
        capture_output=True,
    )
    return time.perf_counter() - start


def one_pass(project: Path) -> float:
    """Every listing once, chain by chain, in this one process (no isolation)."""
    matplotlib.use(BACKEND)
    expand = snippet_expander(project)
    docs = project / "docs"
    listings = [
        listing
        for page in site_pages(docs)
        for listing in page_listings(page, (docs / page).read_text("utf-8"), expand)
    ]
    sys.path.insert(0, str(project))
    start = time.perf_counter()
    for chain in chains(listings).values():
        scope = {"__name__": "__main__"}
        for listing in chain:
            with redirect_stdout(io.StringIO()):
                exec(compile(listing.code, listing.where, "exec"), scope)
    return time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, text: str, present: bool = True, limit: float = 300) -> float:
    start = time.perf_counter()
    while (text in fetch(url)) != present:
        if time.perf_counter() - start > limit:
            raise TimeoutError(
                f"{url} never {'showed' if present else 'dropped'} {text!r}"
            )
        time.sleep(0.01)
    return time.perf_counter() - start


@contextlib.contextmanager
def serving(project: Path):
    """`mkdocs serve --dirty` (as `make serve` runs it); yields (base URL, log)."""
    port = free_port()
    log = project / "serve.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [*MKDOCS, "serve", "--dirty", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=project,
            env=ENV,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
        try:
            base = f"http://127.0.0.1:{port}{site_path()}"
            wait_for(base + page_path(PROSE_PAGE), "<h1")
            yield base, log
        finally:
            server.terminate()
            server.wait(30)


def edit_and_wait(path: Path, url: str, marker: str, addition: str) -> float:
    """Append `addition` to a file; seconds until `url` shows `marker`; undo."""
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(original + addition, encoding="utf-8")
        return wait_for(url, marker)
    finally:
        path.write_text(original, encoding="utf-8")
        wait_for(url, marker, present=False)


def chain_seconds(log: Path, since: int) -> float:
    """The run time in the server's first "listings: … run in X s" line after
    offset `since` of its log: the rebuild that the edit caused."""
    runs = re.findall(
        r"listings: \d+ \(\d+ from cache, \d+ run in ([\d.]+) s\)",
        log.read_text()[since:],
    )
    return float(runs[0]) if runs else 0.0


def serve_edits(project: Path, runs: int, snippet: bool) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"prose": [], "snippet": [], "chain": []}
    with serving(project) as (base, log):
        url = base + page_path(PROSE_PAGE)
        for n in range(runs):
            marker = f"Benchmark prose edit {n}."
            addition = f"\n{marker}\n"
            times["prose"].append(
                edit_and_wait(project / "docs" / PROSE_PAGE, url, marker, addition)
            )
            if snippet:
                marker = f"benchmark snippet edit {n}"
                addition = f"print({marker!r})\n"
                since = len(log.read_text())
                times["snippet"].append(
                    edit_and_wait(project / SNIPPET, url, marker, addition)
                )
                times["chain"].append(chain_seconds(log, since))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-large", action="store_true", help="skip the 10× course")
    args = parser.parse_args()
    median = statistics.median

    with tempfile.TemporaryDirectory() as where:
        project = copy_course(Path(where) / "1x")
        cold = [build(project, cold=True) for _ in range(args.runs)]
        cached = [build(project, cold=False) for _ in range(args.runs)]
        passes = [one_pass(project) for _ in range(args.runs)]
        edits = serve_edits(project, args.runs, snippet=True)
        floor = median(cached) + median(passes)
        chain = median(edits["chain"])
        rows = [
            ("cold build (no cache)", cold, 1.5 * floor, "1.5 × floor"),
            ("cached build (render floor)", cached, None, ""),
            ("one pass of every listing, one process", passes, None, ""),
            ("serve: prose edit → page updated", edits["prose"], 1.0, "1 s"),
            (
                "serve: snippet edit → page updated",
                edits["snippet"],
                1.0 + chain,
                f"1 s + chain {chain:.2f} s",
            ),
        ]
        if not args.no_large:
            large = copy_course(Path(where) / f"{COPIES}x", COPIES)
            # The copies' listings are the same code: the 1× cache serves them.
            shutil.copytree(project / "build" / "cache", large / "build" / "cache")
            prose = serve_edits(large, args.runs, snippet=False)["prose"]
            limit = 1.5 * median(edits["prose"])
            rows.append(
                (f"serve {COPIES}× course: prose edit", prose, limit, "1.5 × 1×")
            )

    print(f"{'what':<42} {'runs (s)':<22} {'median':>7} {'budget':>8}  ")
    missed = []
    for name, times, budget, why in rows:
        runs = " ".join(f"{t:.2f}" for t in times)
        verdict = ""
        if budget is not None:
            verdict = "ok" if median(times) <= budget else "MISSED"
            if verdict == "MISSED":
                missed.append(name)
        limit = f"{budget:.2f}" if budget is not None else ""
        print(
            f"{name:<42} {runs:<22} {median(times):>7.2f} {limit:>8}  {verdict} {why}"
        )
    print(
        f"\nfloor = cached build + one pass = {floor:.2f} s; cold / floor = "
        f"{median(cold) / floor:.2f}"
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
