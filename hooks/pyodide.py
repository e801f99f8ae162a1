"""Serve Pyodide, pinned in package-lock.json, for the listings that run in the page.

`make` installs it (`npm ci`). The site serves the core interpreter itself, from
vendor/pyodide/, and docs/javascripts/run-in-page.js loads it in a Web Worker
only when a reader first presses Run: no other host is ever asked, and a page's
weight before that Run is unchanged. Which listings get a Run button is decided
from their code (engine/in_page.py, called from hooks/listings.py).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

PYODIDE = Path(__file__).resolve().parents[1] / "node_modules" / "pyodide"
SITE_FOLDER = "vendor/pyodide"
# What loadPyodide() fetches for the core interpreter (no packages).
SERVED = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)


def on_files(files, config):
    missing = [name for name in SERVED if not (PYODIDE / name).is_file()]
    if missing:
        raise PluginError(
            f"Pyodide is not installed in {PYODIDE} (no {', '.join(missing)}): "
            "run `npm ci` (make does)"
        )
    for name in SERVED:
        uri = f"{SITE_FOLDER}/{name}"
        files.append(File.generated(config, uri, abs_src_path=str(PYODIDE / name)))
    return files
