"""Every copy runs: press a listing's copy button, save what lands on the
clipboard as a file, run it in a fresh interpreter, as the home page tells
readers to. It must succeed, and what it prints must end with what the page
shows for that listing (a listing that continues others brings them along, so
their output comes first)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from engine.pages import page_path
from listings import RUN_ENV, executed_listings, shown_on_page

PAGES = sorted({x.page for x in executed_listings() if x.shows_code})


def _copy(page, block_id: str) -> str:
    """Press the listing's copy button (opening the answer it is in and its
    Source tab first, as a reader would) and return what the clipboard holds."""
    listing = page.locator(f"#{block_id}")
    listing.evaluate(
        "e => { for (let d = e.closest('details'); d; d = d.parentElement.closest('details')) d.open = true; }"
    )
    source_tab = listing.locator(".tabbed-labels label", has_text="Source")
    if source_tab.count():
        source_tab.click()
    page.evaluate("navigator.clipboard.writeText('')")
    listing.locator("[data-md-type=copy]").first.click()
    return page.evaluate("navigator.clipboard.readText()")


@pytest.mark.parametrize("page", PAGES)
def test_every_copy_runs_on_its_own(page, site, base_url, open_tab, tmp_path):
    visit = open_tab()
    visit.page.goto(base_url + page_path(page))
    for listing in [x for x in executed_listings() if x.page == page and x.shows_code]:
        program = (
            tmp_path / "lesson.py"
        )  # not copy.py: that would hide the stdlib's copy
        program.write_text(_copy(visit.page, listing.id), encoding="utf-8")
        done = subprocess.run(
            [sys.executable, program.name],
            cwd=tmp_path,
            env=RUN_ENV,  # plt.show() prints the figure, as in the build
            capture_output=True,
            text=True,
            timeout=300,
        )
        where = f"{listing.where}: the copy of {listing.id!r}"
        assert done.returncode == 0, f"{where} failed:\n{done.stderr}"
        shown = shown_on_page(site, listing)
        assert done.stdout.strip("\n").endswith(shown), (
            f"{where} printed something else.\n--- page shows ---\n{shown}\n"
            f"--- the copy printed (end) ---\n{done.stdout[-2000:]}"
        )
    assert not visit.errors, f"{page}: console errors {visit.errors}"
