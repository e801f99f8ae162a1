"""MkDocs adapter for the engine: run every listing once, render each from its outcome.

- Before any page is rendered (`on_files`), every executed fence of every page
  is run by `engine.execute`, from the cache where nothing it depends on
  changed, the rest in parallel; the lessons' notebooks are written with the
  same outputs. One line says what happened:
  `listings: 139 (131 from cache, 8 run in 1.9 s)`.
- markdown-exec still renders each fence (source, tabs, result), but its code
  is not run again: the fence's output is the outcome the engine recorded.
- Every executed fence must carry an `id=`; its HTML is wrapped in
  `<div class="listing" id="…">`, so readers can link to a listing and the
  tests can find what the page shows for it. A listing that continues others
  carries `data-copy`, the program its copy button copies: the visible
  listings it continues, then it (`engine.copies`), so every copy runs on its
  own, outside this project.
- A failing listing is reported by markdown-exec as "code block 'some-id'
  exited with errors"; every message it logs is prefixed here with
  `docs/<page>.md:<line>` of the fence, so `mkdocs build --strict` points
  straight at it.
- `mkdocs serve --dirty` (make serve) re-renders only pages whose Markdown or
  listing outputs changed.

Environment: BUILD_CACHE=off runs everything afresh (and rewrites the cache);
BUILD_CACHE_DIR moves the cache (default build/cache); BUILD_WORKERS sets how
many chains run at once (default: every core).
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import nbformat
from markdown_exec import ExecutionError, base_format, code_block, patch_loggers
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from engine.cache import ListingCache, cache_settings, fingerprint
from engine.copies import copy_of
from engine.execute import Execution, execute
from engine.in_page import in_page_controls, run_elsewhere_note, runs_in_page
from engine.markup import continues_note, listing_div
from engine.notebooks import page_notebook
from engine.pages import (
    chains,
    fences,
    is_lesson,
    notebook_uri,
    page_listings,
    published_url,
    snippet_expander,
)
from engine.runner import BACKEND

log = logging.getLogger("mkdocs.plugins.listings")

_state: dict = {
    "page": "",  # the page being rendered
    "markdown": "",
    "listings": {},  # (page, id) → Listing
    "chains": {},  # chain → its listings, in page order
    "shown": {},  # page → its listings that show their code, in page order
    "execution": Execution(),
    "dirty": False,  # mkdocs serve --dirty
    "built": {},  # page → Execution.page_digests() at the last finished build
    "notebooks": {},  # lesson → (its text, page digest) its notebook was made from
}


def fence_line(markdown: str, block_id: str) -> int | None:
    """Line number of the fence that carries `id="block_id"`."""
    for fence in fences(markdown):
        if fence.options.get("id") == block_id:
            return fence.line
    return None


def where(block_id: str | None) -> str:
    """`docs/page.md:line` of a listing on the page being rendered."""
    location = f"docs/{_state['page']}"
    line = block_id and fence_line(_state["markdown"], block_id)
    return f"{location}:{line}" if line else location


class _PageAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        found = re.search(r"code block '([^']+)'", str(msg))
        return f"markdown_exec: {where(found and found.group(1))}: {msg}", kwargs


def _render(src, language, css_class, options, md, **kwargs):
    """markdown-exec's rendering of a fence, with the engine's outcome as its output."""
    block_id = options.get("id")
    if not block_id:
        raise PluginError(f"{where(None)}: an executed fence needs an id=")
    listing = _state["listings"].get((_state["page"], block_id))
    if listing is None or listing.code.rstrip("\n") != src.rstrip("\n"):
        raise PluginError(
            f"{where(block_id)}: listing {block_id!r} is not the code the engine ran"
        )
    outcome = _state["execution"].outcome(listing)

    def run(code, **_):
        if outcome.error:
            raise ExecutionError(code_block("python", outcome.error))
        return outcome.output

    html = base_format(language=language, run=run, code=src, md=md, **options)
    copy, note, controls, runs = "", "", "", False
    if listing.shows_code and _copy(listing).earlier:  # a copy that needs them
        copy = _copy(listing).text
        note = continues_note([x.id for x in _copy(listing).earlier])
    if listing.shows_code:
        if _runs_in_page(listing):
            runs, controls = True, in_page_controls(block_id)
        elif is_lesson(listing.page):
            elsewhere = [x for x in _shown_on(listing.page) if not _runs_in_page(x)]
            if elsewhere[0] is listing:  # said once, above the first of them
                runnable = len(elsewhere) < len(_shown_on(listing.page))
                note = run_elsewhere_note(runnable) + note
    # str(): html is Markup, and Markup + str would escape the controls.
    inner = str(html) + controls
    return Markup(note + listing_div(block_id, inner, copy=copy, runs=runs))


def _copy(listing):
    return copy_of(listing, _state["chains"][listing.chain])


def _runs_in_page(listing) -> bool:
    return runs_in_page(_copy(listing).text)


def _shown_on(page: str) -> list:
    """The page's listings that show their code, in page order."""
    return _state["shown"].get(page, [])


RENDER_ONLY = {"tree", "pyodide"}  # markdown-exec fences that run nothing at build time


def _refuse(src, language, css_class, options, md, **kwargs):
    """Only python listings run, through the engine (cached, tested as a reader
    runs them); markdown-exec would run any other executed fence unchecked."""
    raise PluginError(
        f"{where(options.get('id'))}: an executed {language} fence; only python "
        "listings run at build time (show a command in a plain fence instead)"
    )


def on_startup(command, dirty=False, **kwargs):
    _state["dirty"] = dirty


def on_config(config):
    patch_loggers(
        lambda name: _PageAdapter(logging.getLogger(f"mkdocs.plugins.{name}"), {})
    )
    for fence in config.mdx_configs["pymdownx.superfences"]["custom_fences"]:
        if fence["name"] == "python":
            fence["format"] = _render
        elif fence["name"] not in RENDER_ONLY:  # sh, pycon, …: would run unchecked
            fence["format"] = _refuse
    return config


@event_priority(-100)  # after markdown-exec has added them
def on_env(env, config, files):
    """No page has a pyodide fence: no page loads markdown-exec's pyodide assets."""
    for assets in (config.extra_css, config.extra_javascript):
        assets[:] = [x for x in assets if "_markdown_exec_pyodide" not in str(x)]
    return env


def _cache(root: Path) -> ListingCache:
    folder, read = cache_settings(root, os.environ)
    settings = {"MPLBACKEND": BACKEND}
    return ListingCache(folder / "listings", fingerprint(settings), root, read=read)


@event_priority(60)  # before hooks/notebooks.py and mkdocs-jupyter read the notebooks
def on_files(files, config):
    root = Path(config.config_file_path).parent
    expand = snippet_expander(**config.mdx_configs["pymdownx.snippets"])
    pages = {f.src_uri: f.content_string for f in files.documentation_pages()}
    listings = [
        x for uri, text in pages.items() for x in page_listings(uri, text, expand)
    ]
    _state["listings"] = {(x.page, x.id): x for x in listings}
    _state["chains"] = chains(listings)
    _state["shown"] = {}
    for x in listings:
        if x.shows_code:
            _state["shown"].setdefault(x.page, []).append(x)
    execution = execute(
        listings,
        _cache(root),
        root,
        workers=int(os.environ.get("BUILD_WORKERS") or 0) or None,
    )
    _state["execution"] = execution
    log.info(execution.summary())

    digests = execution.page_digests()
    for uri, text in pages.items():
        if is_lesson(uri):
            _write_notebook(uri, text, expand, execution, digests.get(uri), config)

    if _state["dirty"]:  # pages whose outputs changed are rebuilt too
        for file in files.documentation_pages():
            if _state["built"].get(file.src_uri) != digests.get(file.src_uri):
                file.is_modified = lambda: True
    return files


def _write_notebook(uri, text, expand, execution, page_digest, config) -> None:
    """build/notebooks/<page>.ipynb, rewritten only when the page or its listings
    changed (its mtime tells `mkdocs serve --dirty` to render it again)."""
    path = Path(config.config_file_path).parent / "build" / notebook_uri(uri)
    made_from = (text, page_digest)
    if _state["notebooks"].get(uri) == made_from and path.exists():
        return
    try:
        notebook = page_notebook(
            text,
            uri,
            expand,
            lambda line: execution.outcomes[(uri, line)].output,
            published_url(Path(config.config_file_path)),  # links to the real site
        )
    except ValueError as error:  # "<line>: what is wrong"
        raise PluginError(f"docs/{uri}:{error}") from None
    invalid: dict = {}
    written = nbformat.writes(notebook, capture_validation_error=invalid)
    if invalid:
        raise PluginError(f"docs/{uri}: its notebook is invalid: {invalid}")
    if not path.exists() or path.read_text(encoding="utf-8") != written:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(written, encoding="utf-8")
    _state["notebooks"][uri] = made_from


def on_page_markdown(markdown, page, **kwargs):
    _state.update(page=page.file.src_uri, markdown=markdown)


def on_post_build(config):
    _state["built"] = _state["execution"].page_digests()
