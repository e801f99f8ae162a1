"""Math typeset when the site is built, with the KaTeX pinned in package-lock.json.

`make` installs KaTeX (`npm ci`). `engine.typeset` turns every formula of every
page into KaTeX's HTML and MathML after the page is rendered (`on_post_page`,
so the search index keeps the TeX), with a cache in build/cache/math. The site
serves only KaTeX's stylesheet and woff2 fonts (every browser that KaTeX
supports picks woff2, the first source in katex.css); no script.

A formula KaTeX rejects fails the build, naming the page and line.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from engine.cache import cache_settings
from engine.typeset import TeXError, Typesetter, typeset_page

ROOT = Path(__file__).resolve().parents[1]
KATEX = ROOT / "node_modules" / "katex"
SITE_FOLDER = "vendor/katex"

_state: dict = {"typesetter": None, "dirty": False}


def on_startup(command, dirty=False, **kwargs):
    _state["dirty"] = dirty


def on_files(files, config):
    dist = KATEX / "dist"
    if not dist.is_dir():
        raise PluginError(f"KaTeX is not installed in {dist}: run `npm ci` (make does)")
    for path in [dist / "katex.min.css", *sorted(dist.glob("fonts/*.woff2"))]:
        uri = f"{SITE_FOLDER}/{path.relative_to(dist).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    if _state["typesetter"] is None:  # one per `mkdocs serve` session
        project = Path(config.config_file_path).parent  # as hooks/listings.py
        folder, read = cache_settings(project, os.environ)
        _state["typesetter"] = Typesetter(KATEX, folder / "math", read=read)
    return files


def _line_of(tex: str, page) -> str:
    """`docs/page.md:line` of the first line of a formula, as near as can be found."""
    source, where = page.file.content_string, f"docs/{page.file.src_uri}"
    first = tex.strip().splitlines()[0] if tex.strip() else tex
    at = source.find(first)
    if at < 0:
        return where
    line = source.count("\n", 0, at) + 1
    return f"{where}:{line}"


def on_post_page(output, page, config):
    try:
        return typeset_page(output, _state["typesetter"])
    except TeXError as error:
        raise PluginError(f"{_line_of(error.tex, page)}: {error}") from None


def on_post_build(config):
    _state["typesetter"].save(prune=not _state["dirty"])


def on_shutdown():
    if _state["typesetter"] is not None:
        _state["typesetter"].close()
