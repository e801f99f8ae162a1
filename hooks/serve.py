"""`mkdocs serve --dirty`, as `make serve` runs it: an edit shows within a second.

- MkDocs polls the watched folders for changes every 0.5 s (polling, rather
  than the system's file events, works on every file system); here every
  0.1 s. Stat-ing the few hundred files of docs/, snippets/, engine/ and
  hooks/ takes a few milliseconds.
- Under --dirty, MkDocs re-renders only the pages whose Markdown changed.
  hooks/listings.py adds the pages whose listings changed; here, every page is
  rebuilt when what every page shows changed: mkdocs.yml, the text appended to
  every page (docs/includes/) or the theme overrides. (A page's new title still
  shows in the other pages' navigation only once they are rebuilt.)
- MkDocs warns on every dirty rebuild, which strict mode would turn into a
  failed build; that one warning is dropped.
"""

from __future__ import annotations

import logging
from pathlib import Path

from watchdog.observers.polling import PollingObserver

POLL_SECONDS = 0.1
_state: dict = {"dirty": False, "built": None}  # site-wide inputs at the last build


class _NotDirtyWarning(logging.Filter):
    def filter(self, record):
        return "A 'dirty' build is being performed" not in record.getMessage()


def on_startup(command, dirty=False):
    _state["dirty"] = dirty
    if dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_NotDirtyWarning())


def _site_wide(config) -> list[tuple[str, int]]:
    """(file, mtime) of every input that each page's HTML depends on."""
    docs = Path(config.docs_dir)
    folders = [docs / "includes", Path(config.theme.custom_dir or docs / "overrides")]
    files = [Path(config.config_file_path)]
    files += sorted(path for folder in folders for path in folder.rglob("*"))
    return [(str(path), path.stat().st_mtime_ns) for path in files if path.is_file()]


def on_files(files, config):
    if _state["dirty"] and _state["built"] != _site_wide(config):
        for file in files.documentation_pages():
            file.is_modified = lambda: True
    return files


def on_post_build(config):
    _state["built"] = _site_wide(config)


def on_serve(server, config, builder):
    # MkDocs has already scheduled docs/ and mkdocs.yml on its own observer;
    # `watch:` entries are scheduled after this hook, on the new one.
    watched = [config.docs_dir, config.config_file_path]
    for path in watched:
        server.unwatch(path)
    server.observer = PollingObserver(timeout=POLL_SECONDS)
    for path in watched:
        server.watch(path)
    return server
