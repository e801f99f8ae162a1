"""Which listings a reader can edit and run in the page, with Pyodide.

The site serves Pyodide's core interpreter (the npm package pinned in
package-lock.json): CPython and its standard library compiled to WebAssembly,
with no numpy or matplotlib. So a listing runs in the page exactly when the
program its copy button hands over (the listing after the ones it continues)
imports nothing but the standard library, minus the modules a browser tab
cannot serve. Decided from the code alone, never by a flag on the fence.
"""

from __future__ import annotations

import ast
import functools
import sys

# Standard-library modules that need what a browser worker lacks: a display,
# processes, threads, sockets, a terminal, or files Pyodide loads separately.
NOT_IN_A_BROWSER = frozenset(
    {
        "curses",
        "ctypes",
        "ensurepip",
        "idlelib",
        "multiprocessing",
        "readline",
        "socket",
        "sqlite3",
        "ssl",
        "subprocess",
        "threading",
        "tkinter",
        "turtle",
        "venv",
    }
)
IN_A_BROWSER = frozenset(sys.stdlib_module_names) - NOT_IN_A_BROWSER


@functools.cache
def imported_modules(code: str) -> frozenset[str]:
    """The top-level modules a program imports, e.g. {"math", "numpy"}.
    Cached: a listing's code is read once, not once per listing continuing it."""
    modules = set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules.add(node.module.split(".")[0])
    return frozenset(modules)


def runs_in_page(*programs: str) -> bool:
    """True when the programs (a listing and the ones it continues, or the copy
    that holds them all) need nothing Pyodide's core does not have."""
    return all(imported_modules(program) <= IN_A_BROWSER for program in programs)


def in_page_controls(listing_id: str) -> str:
    """The Edit/Run/Reset/Stop bar under a listing that runs in the page
    (docs/javascripts/run-in-page.js wires it; without JavaScript it is hidden)."""
    return (
        f'<div class="run-in-page" role="group" aria-label="Edit and run {listing_id}">'
        '<button type="button" class="md-button" data-action="edit">'
        "Edit</button>"
        '<button type="button" class="md-button md-button--primary" data-action="run">'
        "Run</button>"
        '<button type="button" class="md-button" data-action="reset" hidden>Reset</button>'
        '<button type="button" class="md-button" data-action="stop" hidden>Stop</button>'
        '<span class="run-in-page__status" role="status"></span></div>'
    )


def run_elsewhere_note(page_has_runnable: bool) -> str:
    """Said once on a lesson page, above its first listing that cannot run in the page."""
    others = " The others have a Run button." if page_has_runnable else ""
    return (
        '<p class="run-elsewhere">Listings that import numpy or matplotlib do not run in '
        "the page: download the lesson as a notebook (the Notebook button at the top), "
        f"or copy one into a file and run it.{others}</p>"
    )


# Aims for the first output of a Run, in ms (benchmarks/run_in_page.py): cold is
# a reader's first Run on the site, later is a second Run on the same page.
IN_PAGE_BUDGET = {"cold": 4000, "later": 100}
