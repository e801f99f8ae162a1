"""Every lesson page as a Jupyter notebook, made at build time from the page itself.

- Each page under lessons/ and deeper/ becomes `build/notebooks/<page>.ipynb`:
  its prose as markdown cells, and each listing whose source the page shows as
  a code cell, its `--8<--` includes expanded by the build's own
  pymdownx.snippets settings. Listings whose source the page hides (gradient
  checks, the learning-rate lab) only decorate the page and are left out, and
  so is the sentence announcing one (`_drop_announcement`).
- mkdocs-jupyter executes the notebooks (a failing cell fails the build),
  renders them under "Notebooks" and serves each .ipynb next to its page; the
  lesson and the notebook page get a Download button (`page.meta.notebook`,
  docs/overrides/partials/actions.html).
- The kernel starts without MPLBACKEND, so `plt.show()` draws an ordinary
  inline figure there, and with IPYTHONDIR set to build/ipython, whose
  hooks/ipython_kernel_config.py makes that figure a deterministic SVG (a PNG
  would put the notebook pages over the page budget). mkdocs-jupyter's cache
  key does not know that config, so its cache folder gets the config's digest.
- mkdocs-jupyter inlines ~570 KB of JupyterLab CSS and a MathJax loader into
  each notebook page; they are dropped: Material styles the code, KaTeX the math.
"""

from __future__ import annotations

import base64
import hashlib
import os
import posixpath
import re
from pathlib import Path

import markdown
import nbformat
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.nav import Section

LESSON_FOLDERS = ("lessons/", "deeper/")
NOTEBOOKS = "notebooks"
_TRUE = {"1", "on", "true", "yes"}

_FENCE = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
# Admonitions (!!!), collapsible blocks (??? / ???+) and content tabs (===).
_CONTAINER = re.compile(
    r'^(?P<indent> *)(?:!!!|\?\?\?\+?|===) *(?P<kind>[\w-]*) *(?:"(?P<title>[^"]*)")?'
)
_SKIP_MARK = re.compile(r"^\s*<!--\s*pytest[.-]")
_SVG_IMAGE = re.compile(
    r'<img (?:alt="(?P<alt>[^"]*)" )?src="data:image/svg\+xml;base64,(?P<data>[^"]+)"\s*/?>'
)
_PAGE_LINK = re.compile(
    r"\]\((?![a-z]+:)(?P<target>[^)\s#]+\.md)(?P<anchor>#[^)\s]*)?\)"
)

_KERNEL_CONFIG = Path(__file__).with_name("ipython_kernel_config.py")
# A sentence that announces a hidden listing: "The line below continues that
# listing: …", or a last sentence ending in ":" ("… is checked like the first one:").
_SENTENCE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z`$])")

_state: dict = {
    "lessons": {},  # lesson src_uri → its notebook's src_uri
    "figure_labels": {},  # notebook src_uri → its lesson's figure names, in order
    "downloads": {},  # lesson or notebook src_uri → the .ipynb's site path
    "kernel_env": {},  # variables set for the build's kernel
    "saved_env": {},  # their values outside it, put back after each notebook
}


# ── Page → notebook ──────────────────────────────────────────────────────────
def _options(info: str) -> tuple[str, dict]:
    language, _, attributes = info.strip().partition(" ")
    return language, dict(re.findall(r'(\w+)="([^"]*)"', attributes))


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


def notebook_cells(text: str, expand) -> list[tuple[str, str, str | None]]:
    """(cell type, source, listing id) for each cell of the page's notebook."""
    cells: list[tuple[str, str, str | None]] = []
    prose: list[str] = []
    containers: list[int] = []  # indentation of each open container's body

    def flush_prose():
        source = "\n".join(prose).strip("\n")
        if source.strip():
            cells.append(("markdown", source, None))
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
        header, fence = _CONTAINER.match(line), _FENCE.match(line)
        if header:
            title = header["title"] if header["title"] is not None else header["kind"]
            if title:
                prose.append(f"**{title[0].upper()}{title[1:]}**\n")
            containers.append(indent + 4)
        elif fence:
            closing = re.compile(
                rf"^ *{fence['fence'][0]}{{{len(fence['fence'])},}}\s*$"
            )
            body = []
            i += 1
            while i < len(lines) and not closing.match(lines[i]):
                body.append(lines[i][len(fence["indent"]) :])
                i += 1
            language, options = _options(fence["info"])
            executed = language == "python" and options.get("exec") in _TRUE
            if executed and options.get("source"):
                flush_prose()
                cells.append(("code", expand(body).rstrip("\n"), options.get("id")))
            elif executed:
                _drop_announcement(prose)
            else:
                prose.extend(x[depth:] for x in [line, *body, fence["fence"]])
        elif not _SKIP_MARK.match(line):
            prose.append(line[depth:])
        i += 1
    flush_prose()
    return cells


def page_notebook(text: str, page_uri: str, config) -> nbformat.NotebookNode:
    snippets = dict(config.mdx_configs["pymdownx.snippets"], auto_append=[])
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": snippets},
    )

    def expand(lines: list[str]) -> str:
        return "\n".join(md.preprocessors["snippet"].run(lines)) + "\n"

    link = _site_link(page_uri, config.site_url or "/")
    cells = []
    for number, (kind, source, listing_id) in enumerate(notebook_cells(text, expand)):
        if kind == "code":
            cell = nbformat.v4.new_code_cell(source, id=listing_id)
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
    nbformat.validate(notebook)
    return notebook


# ── Build events ─────────────────────────────────────────────────────────────
def on_config(config):
    """The build kernel's IPYTHONDIR, and a cache that changes with its config."""
    root = Path(config.config_file_path).parent
    profile = root / "build" / "ipython" / "profile_default"
    profile.mkdir(parents=True, exist_ok=True)
    source = _KERNEL_CONFIG.read_text(encoding="utf-8")
    target = profile / _KERNEL_CONFIG.name
    if not target.exists() or target.read_text(encoding="utf-8") != source:
        target.write_text(source, encoding="utf-8")
    _state["kernel_env"] = {"IPYTHONDIR": str(profile.parent), "MPLBACKEND": None}
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        digest = hashlib.sha256(source.encode()).hexdigest()[:12]
        # NOTEBOOK_CACHE: a fresh folder makes a build execute every notebook
        # (tests/test_reproducible_build.py compares two executed builds).
        cache = os.environ.get("NOTEBOOK_CACHE") or jupyter.config["cache_dir"]
        jupyter.config["cache_dir"] = posixpath.join(cache, f"kernel-{digest}")
    return config


@event_priority(50)  # before mkdocs-jupyter picks up the .ipynb files
def _write_notebooks(files, config):
    out = Path(config.config_file_path).parent / "build" / NOTEBOOKS
    _state["lessons"] = {}
    for file in files.documentation_pages():
        if not file.src_uri.startswith(LESSON_FOLDERS):
            continue
        uri = f"{NOTEBOOKS}/{file.src_uri.removesuffix('.md')}.ipynb"
        text = nbformat.writes(page_notebook(file.content_string, file.src_uri, config))
        path = out.parent / uri
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        # A real source folder (not File.generated): mkdocs-jupyter reads the
        # notebook from abs_src_path, which it derives from src_dir.
        files.append(
            File(
                uri,
                src_dir=str(out.parent),
                dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls,
                inclusion=InclusionLevel.NOT_IN_NAV,
            )
        )
        _state["lessons"][file.src_uri] = uri
    return files


@event_priority(-50)  # after mkdocs-jupyter wrapped them, which drops `inclusion`
def _keep_notebooks_out_of_the_nav_config(files, config):
    for file in files:
        if file.src_uri.startswith(f"{NOTEBOOKS}/"):
            file.inclusion = InclusionLevel.NOT_IN_NAV  # on_nav adds them
    return files


on_files = CombinedEvent(_write_notebooks, _keep_notebooks_out_of_the_nav_config)


def _download_uri(notebook_file) -> str:
    """Where mkdocs-jupyter's include_source puts the .ipynb: next to its page."""
    name = posixpath.basename(notebook_file.src_uri)
    return posixpath.join(posixpath.dirname(notebook_file.dest_path), name)


def on_nav(nav, config, files):
    """A "Notebooks" section, in lesson order, after the lessons."""
    lessons = [page for page in nav.pages if page.file.src_uri in _state["lessons"]]
    notebooks = []
    for lesson in lessons:
        notebook = files.get_file_from_path(_state["lessons"][lesson.file.src_uri]).page
        notebook.edit_url = lesson.edit_url  # edit the lesson, not the generated file
        for page in (lesson, notebook):
            _state["downloads"][page.file.src_uri] = _download_uri(notebook.file)
        notebooks.append(notebook)
    section = Section("Notebooks", notebooks)
    for notebook in notebooks:
        notebook.parent = section
    nav.items.append(section)
    nav.pages.extend(notebooks)
    for before, after in zip(nav.pages, nav.pages[1:], strict=False):
        before.next_page, after.previous_page = after, before
    return nav


def _is_notebook(page) -> bool:
    return page.file.src_uri.startswith(f"{NOTEBOOKS}/")


def on_page_markdown(markdown, page, **kwargs):
    if page.file.src_uri in _state["downloads"]:
        page.meta["notebook"] = _state["downloads"][page.file.src_uri]
    if _is_notebook(page):  # mkdocs-jupyter starts the kernel after this event
        for name, value in _state["kernel_env"].items():
            _state["saved_env"][name] = os.environ.pop(name, None)
            if value is not None:
                os.environ[name] = value
    return markdown


def _inline_svg(match: re.Match, labels) -> str:
    """An SVG figure as inline `<svg>`, like the lessons': gzip shrinks it, and
    dark mode recolours it (docs/stylesheets/extra.css). Its accessible name is
    the one the same figure has on the lesson page (the kernel's output has none)."""
    svg = base64.b64decode(match["data"]).decode("utf-8")
    svg = svg[svg.index("<svg") :]  # drop the XML prolog and doctype
    label = next(labels, None) or match["alt"] or "Figure"
    return svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)


def slim_notebook_html(html: str, labels=()) -> str:
    """mkdocs-jupyter's output without its inlined CSS and scripts, code as code."""
    html = re.sub(r"<style\b.*?</style>", "", html, flags=re.S)
    html = re.sub(r"<script\b.*?</script>", "", html, flags=re.S)
    html = re.sub(
        r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>',
        "",
        html,
        flags=re.S,
    )
    # The copy buttons' hidden copies of each cell's code.
    html = re.sub(r'<div class="clipboard-copy-txt".*?</div>', "", html, flags=re.S)
    labels = iter(labels)  # after the <style> purge: keep the SVGs' own styles
    html = _SVG_IMAGE.sub(lambda match: _inline_svg(match, labels), html)
    html = html.replace('class="highlight-ipynb', 'class="highlight')
    html = html.replace('class="anchor-link"', 'class="headerlink"')
    # Material styles and adds a copy button to `pre > code`.
    return re.sub(
        r"<pre>(?!\s*<code)(.*?)</pre>", r"<pre><code>\1</code></pre>", html, flags=re.S
    )


_FIGURE_LABEL = re.compile(r'<svg role="img" aria-label="([^"]*)"')


def on_page_content(html, page, **kwargs):
    if not _is_notebook(page):
        # Lessons are built before their notebooks (generated files come last).
        notebook = _state["lessons"].get(page.file.src_uri)
        _state["figure_labels"][notebook] = _FIGURE_LABEL.findall(html)
        return html
    for name, value in _state["saved_env"].items():
        os.environ.pop(name, None)
        if value is not None:
            os.environ[name] = value
    _state["saved_env"] = {}
    labels = _state["figure_labels"].get(page.file.src_uri, ())
    return slim_notebook_html(html, labels)
