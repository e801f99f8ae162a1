"""The build cache on the whole course: an edited helper reaches every page,
and corrupt cache entries are run again, never served, never a crash.

A copy of the project with this checkout's (warm) cache changes the sentence
snippets/verify.py prints under every verified derivative, and garbles every
rendered notebook and a tenth of the listing entries in its cache. The next
build must succeed and show the new sentence wherever this checkout's build
shows the old one, while the listings that never import the helper still come
from the cache. (tests/test_engine.py checks the same in miniature, and that
each check bites.)
"""

from __future__ import annotations

import re

from listings import DOCS, build_site, copy_project, markdown_files, page_html

OLD = "verified against central differences"
NEW = "verified (planted wording) against central differences"


def test_an_edited_helper_changes_every_page_that_uses_it(site, tmp_path):
    # `site`: this checkout is built first, so the copy's cache is warm.
    project = copy_project(tmp_path)
    helper = project / "snippets" / "verify.py"
    source = helper.read_text(encoding="utf-8")
    assert OLD in source, (
        "snippets/verify.py no longer prints the line: update this test"
    )
    helper.write_text(source.replace(OLD, NEW), encoding="utf-8")
    cache = project / "build" / "cache"
    entries = sorted(cache.glob("listings/*/*.json"))[::10]
    for entry in [*entries, *cache.glob("notebook-html/*.json")]:
        entry.write_text('{"output": "garbled', encoding="utf-8")

    done = build_site(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    cached, ran = map(
        int, re.search(r"\((\d+) from cache, (\d+) run", done.stderr).groups()
    )
    assert cached > 0 and ran > 0, (
        f"expected some listings cached, some run: {done.stderr}"
    )

    pages = [path.relative_to(DOCS).as_posix() for path in markdown_files()]
    shown = 0
    for page in (p for p in pages if not p.startswith("includes/")):
        before = page_html(site, page).count(OLD)  # this checkout's build
        after = page_html(tmp_path / "site", page)
        assert (after.count(NEW), after.count(OLD)) == (before, 0), (
            f"docs/{page}: {before} verified derivatives; after the helper changed, "
            f"{after.count(NEW)} show its new wording and {after.count(OLD)} the old"
        )
        shown += before
    assert shown >= 30, f"only {shown} verified derivatives on the whole site"
