"""The listings in `docs/`: found with pytest-codeblocks' parser, includes expanded.

A listing is one fenced code block of a page. Executed listings (markdown-exec's
`exec="on"`) are what the site shows running; this module finds them, expands
their `--8<--` includes with pymdownx.snippets exactly as the build does, runs
them as a reader would (a fresh interpreter), and reads what the built page
shows for them.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import markdown
from pytest_codeblocks.main import extract_from_file

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
# What the build sets (hooks/build_env.py): plt.show() prints the figure as SVG.
RUN_ENV = {**os.environ, "MPLBACKEND": "module://snippets.svg_backend"}
_TRUE = {"1", "on", "true", "yes"}
_SENTINEL = "----- the listing under test starts here -----"


@dataclass(frozen=True)
class Listing:
    page: str  # relative to docs/, e.g. "lessons/derivatives.md"
    line: int  # of the opening fence
    language: str
    options: dict
    code: str  # with includes expanded: the bytes the build runs
    marks: tuple[str, ...]

    @property
    def where(self) -> str:
        return f"docs/{self.page}:{self.line}"

    @property
    def id(self) -> str | None:
        return self.options.get("id")

    @property
    def session(self) -> str | None:
        return self.options.get("session")

    @property
    def executed(self) -> bool:
        return self.language == "python" and self.options.get("exec") in _TRUE

    def __str__(self) -> str:
        return f"{self.page}:{self.line}" + (f"[{self.id}]" if self.id else "")


def build_site(
    project: Path, site_dir: Path, **env: str
) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder, as CI and readers run it."""
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
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **env},
        capture_output=True,
        text=True,
        timeout=1200,
    )


def pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


@cache
def _snippets_preprocessor():
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={
            "pymdownx.snippets": {"base_path": [str(ROOT)], "check_paths": True}
        },
    )
    return md.preprocessors["snippet"]


def expand_includes(code: str) -> str:
    """Expand `--8<--` lines the way the build's pymdownx.snippets does."""
    return "\n".join(_snippets_preprocessor().run(code.splitlines())) + "\n"


def listings_of(page: Path) -> list[Listing]:
    found = []
    for block in extract_from_file(page):
        language, _, attributes = (block.syntax or "").partition(" ")
        found.append(
            Listing(
                page=page.relative_to(DOCS).as_posix(),
                line=block.lineno,
                language=language,
                options=dict(re.findall(r'(\w+)="([^"]*)"', attributes)),
                code=expand_includes(block.code),
                marks=tuple(block.marks),
            )
        )
    return found


@cache
def all_listings() -> tuple[Listing, ...]:
    return tuple(listing for page in pages() for listing in listings_of(page))


def find(page: str, block_id: str) -> Listing:
    """The listing with `id="block_id"` on a page of docs/."""
    for listing in all_listings():
        if listing.page == page and listing.id == block_id:
            return listing
    raise LookupError(f"docs/{page}: no listing with id={block_id!r}")


def predecessors(listing: Listing) -> list[Listing]:
    """Earlier listings of the same page and session, which this one continues."""
    if not listing.session:
        return []
    same_page = [x for x in all_listings() if x.page == listing.page]
    return [
        x for x in same_page if x.session == listing.session and x.line < listing.line
    ]


def run_as_reader(listing: Listing, cwd: Path, then: str = "") -> str:
    """Run the listing in a fresh interpreter, after the listings it continues.

    `then` is test code run after it, in the same interpreter (to inspect the
    state the listing leaves). Returns what the listing (and `then`) printed;
    raises AssertionError naming the page and line when it fails.
    """
    earlier = "".join(x.code for x in predecessors(listing))
    program = f"{listing.code}\n{then}"
    if earlier:
        program = f"{earlier}\nprint({_SENTINEL!r})\n{program}"
    done = subprocess.run(
        [sys.executable, "-c", program],
        cwd=cwd,
        env=RUN_ENV,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if done.returncode != 0:
        raise AssertionError(
            f"{listing.where}: listing {listing.id!r} raised:\n{done.stderr}"
        )
    return done.stdout.split(_SENTINEL + "\n", 1)[-1]


def page_html(site: Path, page: str) -> str:
    """The built HTML of a page of docs/ (e.g. "lessons/derivatives.md")."""
    stem = page.removesuffix(".md")
    if stem == "index" or stem.endswith("/index"):
        path = stem + ".html"
    else:
        path = stem + "/index.html"
    return (site / path).read_text(encoding="utf-8")


_LISTING = re.compile(
    r'<div class="listing" id="([^"]+)">(.*?)</div><!-- /listing -->', re.S
)
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

    The listing's source block and markdown-exec's tab scaffolding (for
    `source="tabbed-…"`) are taken away; what is left is the output.
    """
    blocks = dict(_LISTING.findall(page_html(site, listing.page)))
    if listing.id not in blocks:
        raise AssertionError(
            f"{listing.where}: listing {listing.id!r} is not on the built page"
        )
    shown = blocks[listing.id]
    source = listing.options.get("source", "")
    if source:
        shown = _drop_div(shown, '<div class="language-python highlight">', False)
        shown = re.sub(r"<input [^>]*/>", "", shown)
        shown = _drop_div(shown, '<div class="tabbed-labels">', False)
        for wrapper in ("tabbed-set", "tabbed-content", "tabbed-block"):
            while f'<div class="{wrapper}' in shown:
                shown = _drop_div(shown, f'<div class="{wrapper}', True)
    shown = shown.strip()
    if listing.options.get("html") in _TRUE:
        if source.startswith("tabbed"):
            # Inside a tab, Markdown wraps the raw output in a paragraph.
            shown = re.sub(r"^<p>(.*)</p>$", r"\1", shown, flags=re.S).strip()
        return shown
    return html.unescape(re.sub(r"<[^>]+>", "", shown)).strip("\n")
