"""`mkdocs serve --dirty`, as `make serve` runs it: an edit shows within a second.

- MkDocs polls the watched folders for changes every 0.5 s (polling, rather
  than the system's file events, works on every file system); here every
  0.1 s. Stat-ing the few hundred files of docs/, snippets/, engine/ and
  hooks/ takes a few milliseconds.
- Under --dirty, MkDocs warns on every rebuild that the build is dirty, which
  strict mode would turn into a failed build. That one warning is dropped;
  hooks/listings.py makes sure the pages whose listings changed are rebuilt.
"""

from __future__ import annotations

import logging

from watchdog.observers.polling import PollingObserver

POLL_SECONDS = 0.1


class _NotDirtyWarning(logging.Filter):
    def filter(self, record):
        return "A 'dirty' build is being performed" not in record.getMessage()


def on_startup(command, dirty=False):
    if dirty:
        logging.getLogger("mkdocs.commands.build").addFilter(_NotDirtyWarning())


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
