"""Widget scripts load only where their widget is (docs/javascripts/page-scripts.js).

The loader's table is the one list of widget scripts: every script in
docs/javascripts/ is in it (or is fetched by a script that is), every widget
it names is on some built page, and no page loads a widget script by itself.
That the widgets work after instant navigation is tested in a real browser
(tests/browser/test_site_in_browser.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from listings import DOCS

SCRIPTS_DIR = DOCS / "javascripts"
LOADER = SCRIPTS_DIR / "page-scripts.js"
_SCRIPT_TAG = re.compile(r'<script[^>]*\bsrc="([^"]+)"')


def script_table() -> dict[str, str]:
    """The loader's table, {script file: CSS selector of its widget}."""
    found = re.search(r"var SCRIPTS = (\{.*?\});", LOADER.read_text(), re.S)
    assert found, f"{LOADER}: no `var SCRIPTS = {{…}};` table"
    return json.loads(found[1])


def test_every_script_in_the_folder_is_in_the_table():
    table = script_table()
    scripts = {path.name for path in SCRIPTS_DIR.iterdir()} - {LOADER.name}
    listed = "".join((SCRIPTS_DIR / name).read_text() for name in table)
    helpers = {name for name in scripts if f'"{name}"' in listed}  # a Web Worker
    missing = sorted(scripts - set(table) - helpers)
    assert not missing, f"docs/javascripts/: {missing} not in {LOADER.name}'s SCRIPTS"
    gone = sorted(set(table) - scripts)
    assert not gone, f"{LOADER.name}: SCRIPTS names missing files {gone}"


def test_every_widget_in_the_table_is_on_a_page(site: Path):
    """A selector that matches nothing (a widget renamed) would leave its widget
    dead: the first class of each of a script's selectors is on some built page."""
    pages = "".join(path.read_text(encoding="utf-8") for path in site.rglob("*.html"))
    for name, selectors in script_table().items():
        for selector in selectors.split(","):
            widget = re.search(r"\.([\w-]+)", selector)[1]
            assert re.search(rf'class="(?:[^"]* )?{widget}[ "]', pages), (
                f"{LOADER.name}: {name} waits for {selector.strip()!r}, on no page"
            )


def test_no_page_loads_a_widget_script_itself(site: Path):
    table = script_table()
    for path in site.rglob("*.html"):
        sources = _SCRIPT_TAG.findall(path.read_text(encoding="utf-8"))
        direct = [src for src in sources if src.rsplit("/", 1)[-1] in table]
        where = path.relative_to(site)
        assert not direct, f"{where}: loads {direct} itself, not via {LOADER.name}"
        if path.name != "404.html":
            assert any(src.endswith(LOADER.name) for src in sources), where
    for page in DOCS.rglob("*.md"):
        assert "<script" not in page.read_text(encoding="utf-8"), (
            f"docs/{page.relative_to(DOCS)}: a <script> in a page; add it to "
            f"{LOADER.name}'s SCRIPTS"
        )
