"""The page model: one home for what hooks, tests and benchmarks know about pages.

A page is a Markdown file under `docs/`, named by its path there (its `src_uri`,
e.g. "deeper/a-small-network.md"). Lesson pages live in the LESSON_SECTIONS
folders; each has a snippets package and a test file of the same name:

    docs/deeper/a-small-network.md ↔ snippets/a_small_network/ ↔ tests/lessons/test_a_small_network.py

A listing is an executed fence (```python exec="on" … id="…"```), its
`--8<--` includes expanded; a chain is the listings that share state: those of
one `session=` on one page, or a single listing without a session.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

LESSON_SECTIONS = ("lessons", "deeper", "optimisation", "deep-networks", "beyond")
NOTEBOOKS = "notebooks"  # the site folder of the lessons as notebooks

KB = 1024
# What a lesson page may cost a reader: its HTML with inline SVG figures and
# typeset math as it goes over the wire (gzipped), and Lighthouse's verdicts,
# desktop and mobile (4x slower CPU), served gzipped on 127.0.0.1.
PAGE_BUDGET = {
    "gzip": 80 * KB,
    "performance": 98,  # desktop
    "mobile performance": 90,
    "accessibility": 100,
    "layout shift": 0.02,  # cumulative, mobile
    "blocking ms": 200,  # total blocking time, mobile
}


def is_true(value: str) -> bool:
    """An option as markdown-exec reads it: anything but "", no, off, false, 0."""
    return value.lower() not in {"", "no", "off", "false", "0"}


# ── Pages and their names ────────────────────────────────────────────────────
def is_lesson(src_uri: str) -> bool:
    return src_uri.split("/", 1)[0] in LESSON_SECTIONS and src_uri.endswith(".md")


def page_path(src_uri: str) -> str:
    """The page's path under the site's base URL: "lessons/derivatives/", "" for home.

    Also for a notebook: "notebooks/lessons/derivatives.ipynb" → "notebooks/lessons/derivatives/".
    """
    stem = posixpath.splitext(src_uri)[0]
    if stem == "index":
        return ""
    return stem.removesuffix("/index") + "/"


def page_file(src_uri: str) -> str:
    """The built HTML file of a page, relative to the site folder."""
    return page_path(src_uri) + "index.html"


def notebook_uri(src_uri: str) -> str:
    """Where a lesson's notebook is written and served: "notebooks/lessons/derivatives.ipynb"."""
    return f"{NOTEBOOKS}/{src_uri.removesuffix('.md')}.ipynb"


def package_name(src_uri: str) -> str:
    """The snippets package of a lesson: "deeper/a-small-network.md" → "a_small_network"."""
    return posixpath.basename(src_uri).removesuffix(".md").replace("-", "_")


def oracle_tests(src_uri: str) -> str:
    """The oracle tests of a lesson: "tests/lessons/test_a_small_network.py"."""
    return f"tests/lessons/test_{package_name(src_uri)}.py"


def published_url(mkdocs_yml: Path) -> str:
    """The site_url of mkdocs.yml: where the site is published (`mkdocs serve`
    replaces it in its config with its own address)."""
    config = mkdocs_yml.read_text(encoding="utf-8")
    found = re.search(r"^site_url:\s*(\S+)", config, re.M)
    return found.group(1) if found else "/"


def site_pages(docs: Path) -> list[str]:
    """Every page of docs/ that the site publishes (includes are not pages)."""
    return sorted(
        path.relative_to(docs).as_posix()
        for path in docs.rglob("*.md")
        if not path.relative_to(docs).as_posix().startswith("includes/")
    )


# ── Fences ───────────────────────────────────────────────────────────────────
_FENCE = re.compile(r"^(?P<indent> *)(?P<marker>`{3,}|~{3,})(?P<info>.*)$")


def fence_options(info: str) -> tuple[str, dict[str, str]]:
    """`python exec="on" id="x"` → ("python", {"exec": "on", "id": "x"})."""
    language, _, attributes = info.strip().partition(" ")
    return language, dict(re.findall(r'(\w+)="([^"]*)"', attributes))


@dataclass(frozen=True)
class Fence:
    line: int  # 1-based number of the opening line
    indent: int
    marker: str  # ``` or ~~~ (or longer)
    info: str
    body: tuple[str, ...]  # without the fence's own indentation
    end: int  # 0-based index of the line after the closing fence

    @property
    def language(self) -> str:
        return fence_options(self.info)[0]

    @property
    def options(self) -> dict[str, str]:
        return fence_options(self.info)[1]

    @property
    def executed(self) -> bool:
        return self.language == "python" and is_true(self.options.get("exec", ""))


def read_fence(lines: list[str], index: int) -> Fence | None:
    """The fence that opens at lines[index], if one does."""
    opening = _FENCE.match(lines[index])
    if not opening:
        return None
    marker, indent = opening["marker"], len(opening["indent"])
    closing = re.compile(rf"^ *{marker[0]}{{{len(marker)},}}\s*$")
    end = index + 1
    while end < len(lines) and not closing.match(lines[end]):
        end += 1
    body = tuple(line[indent:] for line in lines[index + 1 : end])
    return Fence(index + 1, indent, marker, opening["info"], body, end + 1)


def fences(text: str) -> Iterator[Fence]:
    lines = text.splitlines()
    index = 0
    while index < len(lines):
        fence = read_fence(lines, index)
        if fence:
            yield fence
            index = fence.end
        else:
            index += 1


# ── Listings and chains ──────────────────────────────────────────────────────
Expand = Callable[[list[str]], str]  # fence body → code, `--8<--` includes expanded


@dataclass(frozen=True)
class Listing:
    page: str  # src_uri, e.g. "lessons/derivatives.md"
    line: int  # of the opening fence
    options: dict
    code: str  # includes expanded: the bytes that run

    @property
    def id(self) -> str:
        return self.options.get("id", "")

    @property
    def session(self) -> str:
        return self.options.get("session", "")

    @property
    def chain(self) -> tuple[str, str]:
        """Listings with the same chain share one interpreter, in page order."""
        return (self.page, self.session or f"#{self.id or self.line}")

    @property
    def shows_code(self) -> bool:
        """The page shows its code, with a copy button, not just its output."""
        return bool(self.options.get("source"))

    @property
    def where(self) -> str:
        return f"docs/{self.page}:{self.line}"

    def __str__(self) -> str:
        return f"{self.page}:{self.line}[{self.id}]"


def page_listings(src_uri: str, text: str, expand: Expand) -> list[Listing]:
    """The executed listings of one page, in order."""
    return [
        Listing(src_uri, fence.line, fence.options, expand(list(fence.body)))
        for fence in fences(text)
        if fence.executed
    ]


def chains(listings: list[Listing]) -> dict[tuple[str, str], list[Listing]]:
    """Listings grouped by chain, each chain in page order."""
    grouped: dict[tuple[str, str], list[Listing]] = {}
    for listing in listings:
        grouped.setdefault(listing.chain, []).append(listing)
    return grouped


def snippet_expander(base_path: str | Path | list, **settings) -> Expand:
    """Expand `--8<--` lines as the build's pymdownx.snippets does (check_paths on)."""
    import markdown  # Python-Markdown, which pymdownx.snippets extends

    paths = base_path if isinstance(base_path, list) else [str(base_path)]
    config = {"check_paths": True, **settings, "base_path": paths, "auto_append": []}
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": config},
    )
    preprocessor = md.preprocessors["snippet"]

    def expand(lines: list[str]) -> str:
        return "\n".join(preprocessor.run(list(lines))) + "\n"

    return expand
