"""How executed listings appear on a page, and how they fail.

- Every executed fence must carry an `id=`; its HTML is wrapped in
  `<div class="listing" id="…">`, so readers can link to a listing and the
  tests can find what the page shows for it.
- markdown-exec reports a failure as "code block 'some-id' exited with errors"
  and nothing more; every message it logs is prefixed here with
  `docs/<page>.md:<line>` of the fence, so `mkdocs build --strict` points
  straight at the broken listing.
"""

from __future__ import annotations

import logging
import re

from markdown_exec import patch_loggers
from markupsafe import Markup
from mkdocs.exceptions import PluginError

_page = {"path": "", "markdown": ""}  # the page being rendered right now


def fence_line(markdown: str, block_id: str) -> int | None:
    """Line number of the fence that carries `id="block_id"`."""
    for number, line in enumerate(markdown.splitlines(), start=1):
        if line.lstrip().startswith("```") and f'id="{block_id}"' in line:
            return number
    return None


def where(block_id: str | None) -> str:
    """`docs/page.md:line` of a listing on the page being rendered."""
    location = f"docs/{_page['path']}"
    line = block_id and fence_line(_page["markdown"], block_id)
    return f"{location}:{line}" if line else location


class _PageAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        found = re.search(r"code block '([^']+)'", str(msg))
        return f"markdown_exec: {where(found and found.group(1))}: {msg}", kwargs


def _wrap(format_listing):
    def format_and_wrap(src, language, css_class, options, md, **kwargs):
        block_id = options.get("id")
        if not block_id:
            raise PluginError(f"{where(None)}: an executed fence needs an id=")
        html = format_listing(src, language, css_class, options, md, **kwargs)
        return Markup(
            f'<div class="listing" id="{block_id}">{html}</div><!-- /listing -->'
        )

    return format_and_wrap


def on_config(config):
    patch_loggers(
        lambda name: _PageAdapter(logging.getLogger(f"mkdocs.plugins.{name}"), {})
    )
    fences = config.mdx_configs["pymdownx.superfences"]["custom_fences"]
    for fence in fences:
        if fence["name"] == "python":
            fence["format"] = _wrap(fence["format"])
    return config


def on_page_markdown(markdown, page, **kwargs):
    _page.update(path=page.file.src_uri, markdown=markdown)
