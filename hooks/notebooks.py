"""The lessons as notebook pages: mkdocs-jupyter wired into the site.

hooks/listings.py writes each lesson's notebook (engine/notebooks.py) to
build/notebooks/ with the outputs of the build's own run. This hook hands those
files to mkdocs-jupyter, which renders them (it executes nothing: mkdocs.yml
sets execute: false) and serves each .ipynb next to its page. The notebook
pages stay out of the navigation (the menu lists each lesson once); a lesson
links to its notebook page and both get a Download button (`page.meta`,
docs/overrides/partials/actions.html), and the
rendered HTML is slimmed (hooks/notebook_html.py). mkdocs-jupyter keeps each
rendering in the build cache (build/cache/notebook-html/, by the notebook's
content); an entry it could not read back would fail the build, so unreadable
entries are deleted first.
"""

from __future__ import annotations

import json
import logging
import os
import posixpath
from pathlib import Path

from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, InclusionLevel

from engine.cache import cache_settings
from engine.pages import NOTEBOOKS, is_lesson, notebook_uri
from notebook_html import slim_notebook_html  # hooks/, on sys.path while loading

log = logging.getLogger("mkdocs.plugins.notebooks")

_state: dict = {
    "lessons": {},  # lesson src_uri → its notebook's src_uri
    "downloads": {},  # lesson or notebook src_uri → the .ipynb's site path
    "notebook_pages": {},  # lesson src_uri → its notebook page's URL
}


def on_config(config):
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is not None:
        folder, read = cache_settings(Path(config.config_file_path).parent, os.environ)
        jupyter.config["cache_dir"] = str(folder / "notebook-html")
        jupyter.config["cache"] = read
    return config


def on_pre_build(config):
    jupyter = config.plugins.get("mkdocs-jupyter")
    if jupyter is None or not jupyter.config["cache"]:
        return
    for entry in Path(jupyter.config["cache_dir"]).glob("*.json"):
        try:
            json.loads(entry.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            log.info(f"notebooks: unreadable cache entry {entry.name} deleted")
            entry.unlink(missing_ok=True)


@event_priority(50)  # after hooks/listings.py wrote them, before mkdocs-jupyter
def _add_notebooks(files, config):
    build = Path(config.config_file_path).parent / "build"
    _state["lessons"] = {}
    for file in files.documentation_pages():
        if not is_lesson(file.src_uri):
            continue
        uri = notebook_uri(file.src_uri)
        # A real source folder (not File.generated): mkdocs-jupyter reads the
        # notebook from abs_src_path, which it derives from src_dir.
        files.append(
            File(
                uri,
                src_dir=str(build),
                dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls,
                inclusion=InclusionLevel.NOT_IN_NAV,
            )
        )
        _state["lessons"][file.src_uri] = uri
    return files


@event_priority(-50)  # after mkdocs-jupyter wrapped them, which drops `inclusion`
def _keep_notebooks_out_of_the_nav(files, config):
    for file in files:
        if file.src_uri.startswith(f"{NOTEBOOKS}/"):
            file.inclusion = InclusionLevel.NOT_IN_NAV  # built, linked, not listed
    return files


on_files = CombinedEvent(_add_notebooks, _keep_notebooks_out_of_the_nav)


def _download_uri(notebook_file) -> str:
    """Where mkdocs-jupyter's include_source puts the .ipynb: next to its page."""
    name = posixpath.basename(notebook_file.src_uri)
    return posixpath.join(posixpath.dirname(notebook_file.dest_path), name)


def on_nav(nav, config, files):
    """Each lesson and its notebook page know each other; the notebook pages
    stay out of the menu, which would otherwise list every lesson twice."""
    for lesson in nav.pages:
        if lesson.file.src_uri not in _state["lessons"]:
            continue
        notebook = files.get_file_from_path(_state["lessons"][lesson.file.src_uri]).page
        notebook.edit_url = lesson.edit_url  # edit the lesson, not the generated file
        for page in (lesson, notebook):
            _state["downloads"][page.file.src_uri] = _download_uri(notebook.file)
        _state["notebook_pages"][lesson.file.src_uri] = notebook.file.url
    return nav


def on_page_markdown(markdown, page, **kwargs):
    if page.file.src_uri in _state["downloads"]:
        page.meta["notebook"] = _state["downloads"][page.file.src_uri]
    if page.file.src_uri in _state["notebook_pages"]:
        page.meta["notebook_page"] = _state["notebook_pages"][page.file.src_uri]
    if page.file.src_uri.startswith(f"{NOTEBOOKS}/"):
        # Search finds the lesson; the notebook page would be a duplicate hit.
        page.meta["search"] = {"exclude": True}
    return markdown


def on_page_content(html, page, **kwargs):
    if page.file.src_uri.startswith(f"{NOTEBOOKS}/"):
        return slim_notebook_html(html)
    return html
