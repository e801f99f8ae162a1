"""The listings in `docs/`: found with pytest-codeblocks' parser, includes expanded.

A listing is one fenced code block of a page. Executed listings (markdown-exec's
`exec="on"`) are what the site shows running; this module finds them with
pytest-codeblocks (a collector independent of the engine's), expands their
`--8<--` includes with pymdownx.snippets exactly as the build does, runs them
as a reader would (a fresh interpreter per chain), and reads what the built
page shows for them.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from filelock import FileLock
from pytest_codeblocks.main import extract_from_file

from engine import copies, markup, pages
from engine.runner import BACKEND
from harness import project_copy, reader_env

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
# What the build sets (engine/runner.py): plt.show() prints the figure as SVG.
RUN_ENV = {**os.environ, "MPLBACKEND": BACKEND}
_SENTINEL = "----- listing {} ends here -----"


@dataclass(frozen=True)
class Listing(pages.Listing):
    """A fence as pytest-codeblocks found it; `code` is what the build runs
    (and the copy button copies), `collected` what pytest-codeblocks read."""

    language: str = ""
    marks: tuple[str, ...] = ()
    collected: str = ""

    @property
    def exec_on(self) -> bool:
        """markdown-exec would run this fence, whatever its language."""
        return pages.is_true(self.options.get("exec", ""))

    @property
    def executed(self) -> bool:
        return self.language == "python" and self.exec_on


def clean_env(**env: str) -> dict[str, str]:
    """This environment without the caller's BUILD_* settings (and without
    xdist's worker variables, for a pytest run inside a test), plus `env`."""
    own = ("BUILD_", "PYTEST_XDIST_", SHARED_RUNS)
    kept = {k: v for k, v in os.environ.items() if not k.startswith(own)}
    return {**kept, "NO_MKDOCS_2_WARNING": "1", **env}


def build_site(
    project: Path, site_dir: Path, **env: str
) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder, as CI and readers run it;
    `env` sets variables such as BUILD_CACHE_DIR for this build."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--site-dir",
            str(site_dir),
        ],
        cwd=project,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=1200,
    )


def copy_project(tmp_path: Path) -> Path:
    """This checkout without its builds, but with its build cache, so a build
    of the copy runs only what differs from this checkout."""
    return project_copy.copy_project(ROOT, tmp_path / "project")


def markdown_files() -> list[Path]:
    """Every Markdown file under docs/, includes too: each of their fences counts."""
    return sorted(DOCS.rglob("*.md"))


@cache
def _expand():
    return pages.snippet_expander(ROOT)


def listings_of(page: Path) -> list[Listing]:
    name = page.relative_to(DOCS).as_posix()
    text = page.read_text(encoding="utf-8")
    built = {x.line: x.code for x in pages.page_listings(name, text, _expand())}
    found = []
    for block in extract_from_file(page):
        language, options = pages.fence_options(block.syntax or "")
        collected = _expand()(block.code.splitlines())
        found.append(
            Listing(
                page=name,
                line=block.lineno,
                options=options,
                code=built.get(block.lineno, collected),
                language=language,
                marks=tuple(block.marks),
                collected=collected,
            )
        )
    return found


@cache
def all_listings() -> tuple[Listing, ...]:
    return tuple(listing for page in markdown_files() for listing in listings_of(page))


def executed_listings() -> list[Listing]:
    return [listing for listing in all_listings() if listing.executed]


def find(page: str, block_id: str) -> Listing:
    """The listing with `id="block_id"` on a page of docs/."""
    for listing in all_listings():
        if listing.page == page and listing.id == block_id:
            return listing
    raise LookupError(f"docs/{page}: no listing with id={block_id!r}")


def chain_of(chain: tuple[str, str]) -> list[Listing]:
    """The listings of a chain (`Listing.chain`): one interpreter, page order."""
    return [x for x in executed_listings() if x.chain == chain]


def _reader_env() -> dict[str, str]:
    """A reader's shell: no project on the path, figures drawn off screen
    (a test has no screen; the copy decides which figures it shows)."""
    kept = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "MPL"))}
    return {**kept, "MPLBACKEND": "agg"}


# Where the xdist workers of one test session share their reader runs: set by
# the session (tests/conftest.py), so each program runs once per suite, not
# once per worker that asks for it.
SHARED_RUNS = "READER_RUNS_DIR"


def run_as_a_reader(program: str) -> subprocess.CompletedProcess:
    """Save `program` as lesson.py in an empty folder and run `python lesson.py`
    with the reader's Python (numpy, matplotlib, scikit-learn; no project).
    Each program runs once per test session, whichever worker asks first."""
    folder = os.environ.get(SHARED_RUNS)
    if not folder:
        return _run_as_a_reader(program)
    record = Path(folder) / (hashlib.sha256(program.encode()).hexdigest() + ".json")
    with FileLock(f"{record}.lock"):
        if not record.exists():
            done = _run_as_a_reader(program)
            fields = {"returncode": done.returncode, "stdout": done.stdout}
            record.write_text(json.dumps({**fields, "stderr": done.stderr}))
        saved = json.loads(record.read_text())
    return subprocess.CompletedProcess(["python", "lesson.py"], **saved)


def _run_as_a_reader(program: str) -> subprocess.CompletedProcess:
    python = reader_env.ensure()
    with tempfile.TemporaryDirectory(prefix="reader-") as folder:
        (Path(folder) / "lesson.py").write_text(program, encoding="utf-8")
        return subprocess.run(
            [python, "lesson.py"],
            cwd=folder,
            env=_reader_env(),
            capture_output=True,
            text=True,
            timeout=600,
        )


def _with_sentinels(copy: copies.Copy) -> str:
    """The copy's program with a line printed after each listing's section."""
    return "".join(
        part.rstrip("\n")
        + "\n"
        + (f"print({_SENTINEL.format(x.line)!r})\n" if x else "")
        for x, part in copy.sections()
    )


@cache
def reader_run(chain: tuple[str, str]) -> dict[int, str]:
    """Run the chain's program once, as a reader runs a copy (engine/copies.py:
    every copy of the chain is a cut of it). Returns what each visible listing
    printed, by line; raises AssertionError naming the page and line of a
    listing that fails."""
    program = copies.chain_program(chain_of(chain))
    if program is None:
        return {}
    done = run_as_a_reader(_with_sentinels(program))
    printed, rest = {}, done.stdout
    for listing, _ in program.sections():
        if listing is None:
            continue
        marker = _SENTINEL.format(listing.line) + "\n"
        if marker not in rest:
            raise AssertionError(
                f"{listing.where}: listing {listing.id!r} raised, run as a reader "
                f"runs its copy:\n{done.stderr}"
            )
        printed[listing.line], rest = rest.split(marker, 1)
    return printed


@cache
def _probe(chain: tuple[str, str], line: int, then: str) -> str:
    listing = next(x for x in chain_of(chain) if x.line == line)
    copy = copies.copy_of(listing, chain_of(chain))
    marker = _SENTINEL.format("before")
    sections = copy.sections()
    program = "".join(part.rstrip("\n") + "\n" for _, part in sections[:-1])
    program += f"print({marker!r})\n{sections[-1][1].rstrip()}\n{then}"
    done = run_as_a_reader(program)
    if done.returncode != 0:
        raise AssertionError(
            f"{listing.where}: listing {listing.id!r} raised:\n{done.stderr}"
        )
    return done.stdout.split(marker + "\n", 1)[-1]


def run_as_reader(listing: Listing, cwd: Path | None = None, then: str = "") -> str:
    """Run the listing's copy as a reader would, then `then`: test code that
    inspects the state the listing leaves. Returns what the listing (and
    `then`) printed; raises AssertionError naming the page and line when it
    fails. Each (listing, then) runs once per suite."""
    return _probe(listing.chain, listing.line, then)


def page_html(site: Path, page: str) -> str:
    """The built HTML of a page of docs/ (e.g. "lessons/derivatives.md")."""
    return (site / pages.page_file(page)).read_text(encoding="utf-8")


_DIV = re.compile(r"<div\b[^>]*>|</div>")


def _div_at(page_html: str, start: int) -> tuple[int, int]:
    """(end of the opening tag, end of the matching </div>) of the div at `start`."""
    depth = 0
    for tag in _DIV.finditer(page_html, start):
        depth += -1 if tag.group() == "</div>" else 1
        if depth == 0:
            return page_html.index(">", start) + 1, tag.end()
    raise ValueError(f"unbalanced <div> at {start}")


def _drop_div(page_html: str, opening: str, keep_inside: bool) -> str:
    """Remove the first div that starts with `opening`, or just its tags."""
    start = page_html.find(opening)
    if start < 0:
        return page_html
    inner_start, end = _div_at(page_html, start)
    inside = page_html[inner_start : end - len("</div>")] if keep_inside else ""
    return page_html[:start] + inside + page_html[end:]


def shown_on_page(site: Path, listing: Listing) -> str:
    """What the built page shows as this listing's output (text, or raw HTML).

    The listing's source block, its Edit/Run bar and markdown-exec's tab
    scaffolding (for `source="tabbed-…"`) are taken away; what is left is the
    output.
    """
    blocks = markup.listing_divs(page_html(site, listing.page))
    if listing.id not in blocks:
        raise AssertionError(
            f"{listing.where}: listing {listing.id!r} is not on the built page"
        )
    shown = _drop_div(blocks[listing.id].inner, '<div class="run-in-page"', False)
    source = listing.options.get("source", "")
    if source:
        shown = _drop_div(shown, '<div class="language-python highlight">', False)
        shown = re.sub(r"<input [^>]*/>", "", shown)
        shown = _drop_div(shown, '<div class="tabbed-labels">', False)
        for wrapper in ("tabbed-set", "tabbed-content", "tabbed-block"):
            while f'<div class="{wrapper}' in shown:
                shown = _drop_div(shown, f'<div class="{wrapper}', True)
    shown = shown.strip()
    if pages.is_true(listing.options.get("html", "")):
        if source.startswith("tabbed"):
            # Inside a tab, Markdown wraps the raw output in a paragraph.
            shown = re.sub(r"^<p>(.*)</p>$", r"\1", shown, flags=re.S).strip()
        return shown
    return html.unescape(re.sub(r"<[^>]+>", "", shown)).strip("\n")
