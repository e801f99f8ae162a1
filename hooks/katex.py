"""Serve KaTeX from the site itself: no CDN, so math renders with the network off.

`make` installs the KaTeX pinned in package-lock.json (`npm ci`); this hook adds
the few files a page needs to the site under `vendor/katex/`, and mkdocs.yml
loads them (docs/javascripts/katex.js typesets). Only the woff2 fonts are
copied: every browser that runs KaTeX picks woff2, the first source in katex.css.

Math is typeset in the browser, not here: KaTeX's HTML and MathML for every
formula would double the size of a math-heavy page (budget: engine/pages.py).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parents[1]
SITE_FOLDER = "vendor/katex"


def _katex_files(dist: Path) -> list[Path]:
    wanted = ["katex.min.js", "katex.min.css", "contrib/auto-render.min.js"]
    return [dist / name for name in wanted] + sorted(dist.glob("fonts/*.woff2"))


def on_files(files, config):
    dist = ROOT / "node_modules" / "katex" / "dist"
    if not dist.is_dir():
        raise PluginError(f"KaTeX is not installed in {dist}: run `npm ci` (make does)")
    for path in _katex_files(dist):
        uri = f"{SITE_FOLDER}/{path.relative_to(dist).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
