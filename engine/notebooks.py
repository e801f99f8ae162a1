"""A lesson page as a Jupyter notebook, outputs and all, from one execution.

Its prose becomes markdown cells, and each listing whose source the page shows
becomes a code cell carrying the output that the build's run of that listing
printed: text as a stream, figures as SVG. No kernel runs at build time; the
tests run every notebook in a real kernel and compare it with the page.

Listings whose source the page hides (gradient checks, answer boxes, the
learning-rate lab) only decorate the page and are left out, and so is the
sentence announcing one (`_drop_announcement`). Prose about them ("the green
line above") sits between `<!-- page-only -->` and `<!-- /page-only -->`
lines, and is left out too: a notebook never refers to what it does not hold.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable

import nbformat

from engine.pages import Expand, Fence, is_true, read_fence

# Admonitions (!!!), collapsible blocks (??? / ???+) and content tabs (===).
_CONTAINER = re.compile(
    r'^(?P<indent> *)(?:!!!|\?\?\?\+?|===) *(?P<kind>[\w-]*) *(?:"(?P<title>[^"]*)")?'
)
_SKIP_MARK = re.compile(r"^\s*<!--\s*pytest[.-]")
_PAGE_ONLY = re.compile(r"^\s*<!--\s*page-only\s*-->\s*$")
_PAGE_ONLY_END = re.compile(r"^\s*<!--\s*/page-only\s*-->\s*$")
_PAGE_LINK = re.compile(
    r"\]\((?![a-z]+:)(?P<target>[^)\s#]+\.md)(?P<anchor>#[^)\s]*)?\)"
)
# A sentence that announces a hidden listing: "The line below continues that
# listing: …", or a last sentence ending in ":" ("… is checked like the first one:").
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z`$])")
# A figure as engine/svg_backend.py prints it (<figure><svg/><figcaption/></figure>).
_FIGURE = re.compile(
    r"(?:<figure>)?(<svg\b.*?</svg>)(?:\s*<figcaption>.*?</figcaption></figure>)?", re.S
)
_LABEL = re.compile(r'<svg [^>]*aria-label="([^"]*)"')


def _site_link(page_uri: str, site_url: str):
    """Links between pages become links to the published site."""

    def rewrite(match: re.Match) -> str:
        target = posixpath.normpath(
            posixpath.join(posixpath.dirname(page_uri), match["target"])
        )
        page = target.removesuffix(".md")
        page = "" if page == "index" else page.removesuffix("/index") + "/"
        return f"]({site_url}{page}{match['anchor'] or ''})"

    return rewrite


def _drop_announcement(prose: list[str]) -> None:
    """Drop the last sentence of the paragraph right above a hidden listing if
    it announces it: it starts with "The line below" or ends with ":"."""
    end = len(prose)
    while end and not prose[end - 1].strip():
        end -= 1
    start = end
    while start and prose[start - 1].strip():
        start -= 1
    paragraph = "\n".join(prose[start:end])
    if not paragraph or paragraph.lstrip().startswith(("#", "`", "~", "|", "<")):
        return
    cut = max((m.start() for m in _SENTENCE_START.finditer(paragraph)), default=0)
    last = paragraph[cut:].strip()
    if last.startswith("The line below") or last.endswith(":"):
        kept = paragraph[:cut].rstrip()
        prose[start:] = kept.split("\n") if kept else []


def _page_only_end(lines: list[str], start: int) -> int:
    for i in range(start + 1, len(lines)):
        if _PAGE_ONLY_END.match(lines[i]):
            return i
    raise ValueError(f"{start + 1}: <!-- page-only --> is never closed")


def notebook_cells(text: str, expand: Expand) -> list[tuple[str, Fence | None]]:
    """(source, the listing's fence) of each code cell, (source, None) of each
    markdown cell of the notebook."""
    cells: list[tuple[str, Fence | None]] = []
    prose: list[str] = []
    containers: list[int] = []  # indentation of each open container's body

    def flush_prose():
        source = "\n".join(prose).strip("\n")
        if source.strip():
            cells.append((source, None))
        prose.clear()

    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        indent = len(line) - len(line.lstrip(" "))
        if line.strip():
            while containers and indent < containers[-1]:
                containers.pop()
        depth = containers[-1] if containers else 0
        header, fence = _CONTAINER.match(line), read_fence(lines, i)
        if _PAGE_ONLY.match(line):
            i = _page_only_end(lines, i) + 1
            continue
        if header:
            title = header["title"] if header["title"] is not None else header["kind"]
            if title:
                prose.append(f"**{title[0].upper()}{title[1:]}**\n")
            containers.append(indent + 4)
        elif fence:
            if fence.executed and fence.options.get("source"):
                flush_prose()
                cells.append((expand(list(fence.body)).rstrip("\n"), fence))
            elif fence.executed:
                _drop_announcement(prose)
            else:
                original = lines[i : fence.end]
                prose.extend(x[depth:] for x in original)
            i = fence.end
            continue
        elif not _SKIP_MARK.match(line):
            prose.append(line[depth:])
        i += 1
    flush_prose()
    return cells


def cell_outputs(printed: str, html: bool) -> list:
    """A listing's printed output as notebook outputs: figures as SVG, text as text."""
    if not html:
        return [nbformat.v4.new_output("stream", name="stdout", text=printed)]
    outputs = []
    for svg in _FIGURE.findall(printed):
        label = _LABEL.search(svg)
        data = {"image/svg+xml": svg, "text/plain": label[1] if label else "Figure"}
        outputs.append(nbformat.v4.new_output("display_data", data=data))
    rest = _FIGURE.sub("", printed).strip()
    if rest:
        outputs.append(nbformat.v4.new_output("display_data", data={"text/html": rest}))
    return outputs


def page_notebook(
    text: str,
    page_uri: str,
    expand: Expand,
    printed: Callable[[int], str],
    site_url: str = "/",
) -> nbformat.NotebookNode:
    """The page's notebook; printed(line) is the output of the listing at that line.

    nbformat.writes validates it (and the tests validate what the site serves)."""
    link = _site_link(page_uri, site_url)
    cells, count = [], 0
    for number, (source, fence) in enumerate(notebook_cells(text, expand)):
        if fence:
            count += 1
            listing_id = fence.options["id"]
            html = is_true(fence.options.get("html", ""))
            cell = nbformat.v4.new_code_cell(
                source,
                id=listing_id,
                execution_count=count,
                outputs=cell_outputs(printed(fence.line), html),
            )
            cell.metadata["listing"] = listing_id  # tests match outputs by it
        else:
            cell = nbformat.v4.new_markdown_cell(
                _PAGE_LINK.sub(link, source), id=f"prose-{number}"
            )
        cells.append(cell)
    notebook = nbformat.v4.new_notebook(cells=cells)
    notebook.metadata.kernelspec = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    notebook.metadata.language_info = {"name": "python"}
    return notebook
