"""Math typeset at build time: TeX → KaTeX's HTML and MathML, in the page.

The reader's browser runs no typesetting script: pages carry finished math
(MathML for screen readers, KaTeX's HTML for the eye, styled by katex.css), so
formulas read correctly with JavaScript off and appear without a layout shift.

One Node process (`katex_worker.js`, with the KaTeX pinned in
package-lock.json) typesets every formula the cache does not already hold; it
is started on first need and serves a whole `mkdocs serve` session. The cache
is one JSON file per KaTeX version, TeX → HTML: KaTeX's output depends on
nothing else, so a cached formula is never stale.
"""

from __future__ import annotations

import html
import json
import os
import re
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

WORKER = Path(__file__).with_name("katex_worker.js")

# pymdownx.arithmatex (generic) wraps page math as \( \) in a span, \[ \] in a div.
_ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]</(?P=tag)>',
    re.S,
)
# Notebook pages (mkdocs-jupyter) keep Jupyter's $ and $$ in markdown cells.
_MARKDOWN_CELL = re.compile(
    r'(<div class="[^"]*jp-RenderedMarkdown[^"]*" data-mime-type="text/markdown">)(.*?)(</div>)',
    re.S,
)
_DOLLARS = re.compile(r"\$\$(?P<display>.+?)\$\$|\$(?P<inline>[^$]+?)\$", re.S)


class TeXError(ValueError):
    """A formula KaTeX cannot typeset; `tex` is the formula as written."""

    def __init__(self, tex: str, message: str):
        super().__init__(f"KaTeX cannot typeset {tex!r}: {message}")
        self.tex = tex


class Typesetter:
    """TeX → HTML with the KaTeX in `katex` (node_modules/katex), remembered
    in `cache_folder` unless it is None; read=False typesets everything afresh
    (and stores it), like BUILD_CACHE=off for listings."""

    def __init__(self, katex: Path, cache_folder: Path | None = None, *, read=True):
        self.katex = katex
        version = json.loads((katex / "package.json").read_text())["version"]
        self.cache_file = cache_folder and cache_folder / f"katex-{version}.json"
        self.known: dict[str, str] = self._read_cache() if read else {}
        self.used: set[str] = set()
        self.changed = False  # typeset anything the cache file lacks?
        self._node: subprocess.Popen | None = None

    def _read_cache(self) -> dict[str, str]:
        if self.cache_file is None:
            return {}
        try:
            known = json.loads(self.cache_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # none yet, or unreadable: typeset again
        return known if isinstance(known, dict) else {}

    def typeset(self, formulas: Iterable[tuple[str, bool]]) -> list[str]:
        """The HTML of each (tex, display) formula, in order; raises TeXError."""
        formulas = list(formulas)
        keys = [
            ("display " if display else "inline ") + tex for tex, display in formulas
        ]
        missing = {
            key: formula
            for key, formula in zip(keys, formulas, strict=True)
            if key not in self.known
        }
        if missing:
            replies = self._ask(list(missing.values()))
            for (key, (tex, _)), reply in zip(missing.items(), replies, strict=True):
                if "error" in reply:
                    raise TeXError(tex, reply["error"])
                self.known[key] = reply["html"]
            self.changed = True
        self.used.update(keys)
        return [self.known[key] for key in keys]

    def _ask(self, formulas: list[tuple[str, bool]]) -> list[dict]:
        if self._node is None or self._node.poll() is not None:
            self._node = subprocess.Popen(
                ["node", str(WORKER), str(self.katex.resolve())],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
                encoding="utf-8",
            )
        self._node.stdin.write(json.dumps(formulas) + "\n")
        self._node.stdin.flush()
        reply = self._node.stdout.readline()
        if not reply:
            raise RuntimeError(f"{WORKER.name} exited with {self._node.wait()}")
        return json.loads(reply)

    def save(self, prune: bool) -> None:
        """Write the cache (atomically); `prune` keeps only formulas used since
        the last save, for a whole build that saw every page."""
        kept = {k: v for k, v in self.known.items() if not prune or k in self.used}
        self.used.clear()
        if self.cache_file is None or (
            not self.changed and len(kept) == len(self.known)
        ):
            return  # the file already holds exactly this: a serve rebuild skips ~1 MB
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", dir=self.cache_file.parent, delete=False, encoding="utf-8"
        ) as out:
            json.dump(kept, out, sort_keys=True)
        os.replace(out.name, self.cache_file)
        self.known, self.changed = kept, False

    def close(self) -> None:
        if self._node is not None:
            self._node.stdin.close()
            self._node.wait()
            self._node.stdout.close()
            self._node = None


def typeset_page(page_html: str, typesetter: Typesetter) -> str:
    """The page with every formula typeset: arithmatex's wrapped math, and the
    dollar-delimited math of notebook markdown cells."""
    found = [
        (html.unescape(m["tex"]).strip(), m["open"] == "[")
        for m in _ARITHMATEX.finditer(page_html)
    ]
    typeset = iter(typesetter.typeset(found))

    def arithmatex(match: re.Match) -> str:
        tag = match["tag"]
        return f'<{tag} class="arithmatex">{next(typeset)}</{tag}>'

    page_html = _ARITHMATEX.sub(arithmatex, page_html)
    return _MARKDOWN_CELL.sub(
        lambda cell: cell[1] + _typeset_dollars(cell[2], typesetter) + cell[3],
        page_html,
    )


def _typeset_dollars(cell_html: str, typesetter: Typesetter) -> str:
    found = [
        (html.unescape(m["display"] or m["inline"]).strip(), bool(m["display"]))
        for m in _DOLLARS.finditer(cell_html)
    ]
    typeset = iter(typesetter.typeset(found))
    return _DOLLARS.sub(lambda _: next(typeset), cell_html)
