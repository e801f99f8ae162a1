"""Every page of the built site, visited once in Debian's chromium.

One visit checks all the page carries. What it shows, in light and then dark
(the same loaded page, its color scheme switched): it loads with no console
error and no request to another host, its math arrives typeset, its figures
have a caption and a size at desktop and phone width, a lesson's notebook
downloads, and (with --screenshots, as `make screenshots` runs it) a
screenshot lands in build/screenshots/ for a human to look at. Then what a
reader does on it: every visible listing's copy button copies the program
engine/copies.py says (tests/site/test_listings.py runs those programs in a
reader's Python), every answer box checks answers, every Run bar runs, every graded exercise
grades a wrong and the right answer.
"""

from __future__ import annotations

import difflib
import json

import nbformat
import pytest

from engine.copies import runnable_copy
from engine.pages import page_path, site_pages
from harness.static_site import DOCS, lesson_paths, page_paths
from listings import chain_of, executed_listings

from .answer_boxes import assert_answers_are_checked
from .graded import assert_graded_exercises_work
from .run_in_page import (
    OPEN_DETAILS,
    SEED,
    assert_run_bars_behave,
    assert_runs_print_what_the_page_shows,
)

# Text that only shows when math was left untypeset.
RAW_MATH = ("\\(", "\\)", "\\[", "\\]", "$$")
# Everything a page draws as a figure: matplotlib SVGs, notebook images, the labs.
FIGURES = ".listing svg[role=img], .jp-RenderedSVG svg, .md-content img"
WIDTHS = {"desktop": 1280, "phone": 390}
SCHEMES = {"light": "default", "dark": "slate"}  # Material's name for each
LESSONS = set(lesson_paths())
# The docs/ page of each path (a lesson's notebook page has none: no listings).
SOURCES = {page_path(page): page for page in site_pages(DOCS)}


@pytest.mark.parametrize("path", page_paths(), ids=lambda path: path or "home")
def test_page(path, site, base_url, open_tab, screenshots):
    visit = open_tab()
    page = visit.page
    where = path or "home"
    response = page.goto(base_url + path)  # its math comes typeset: no waiting
    assert response.ok, f"{where}: HTTP {response.status}"
    text = page.inner_text("article")
    raw = [token for token in RAW_MATH if token in text]
    assert not raw, f"{where}: math left untypeset, {raw} in the text"
    for scheme in SCHEMES:
        show_scheme(page, scheme)
        assert_figures_shown(page, path, scheme, screenshots)
    show_scheme(page, "light")
    page.set_viewport_size({"width": WIDTHS["desktop"], "height": 900})
    if path in LESSONS:
        assert_notebook_downloads(visit, where)
    if path in SOURCES:
        assert_copies_are_the_programs(page, SOURCES[path])
        assert_answers_are_checked(page, site, SOURCES[path])
        assert_runs_print_what_the_page_shows(visit, site, SOURCES[path])
        assert_graded_exercises_work(page, site, SOURCES[path])
        if SOURCES[path] == SEED.page:
            assert_run_bars_behave(visit)
    assert not visit.errors, f"{where}: console errors {visit.errors}"
    assert not visit.foreign, f"{where}: requests to other hosts {visit.foreign}"


def show_scheme(page, scheme: str) -> None:
    """Switch the loaded page to the reader's light or dark system setting, and
    to the palette Material picks for it on a first visit (it picks once per
    page load, so on a loaded page it has to be told)."""
    page.emulate_media(color_scheme=scheme)
    page.evaluate(
        """scheme => {
          const input = document.querySelector(
            `input[data-md-color-media="(prefers-color-scheme: ${scheme})"]`);
          input.checked = true;
          input.dispatchEvent(new Event("change"));
        }""",
        scheme,
    )
    page.wait_for_function(
        "scheme => document.body.dataset.mdColorScheme === scheme",
        arg=SCHEMES[scheme],
    )


def assert_figures_shown(page, path: str, scheme: str, screenshots) -> None:
    """Captioned, and with a size on a desktop and on a phone; screenshots."""
    where = f"{path or 'home'} ({scheme})"
    assert_figures_captioned(page, where)
    for device, width in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": 900})
        for figure in page.locator(FIGURES).all():
            box = figure.bounding_box()
            label = figure.get_attribute("aria-label") or figure.get_attribute("alt")
            assert box and box["width"] > 0 and box["height"] > 0, (
                f"{where}: figure {label!r} has no size on a {device}: {box}"
            )
        if screenshots:
            name = (
                path.strip("/").replace("/", "--") or "home"
            ) + f"-{scheme}-{device}"
            page.screenshot(path=screenshots / f"{name}.png", full_page=True)


def assert_figures_captioned(page, where: str) -> None:
    """Every figure the lesson code drew shows its description as a caption,
    and keeps it as its accessible name."""
    drawn = (
        ":is(.listing, .jp-RenderedSVG) svg[role=img]:not(.lr-lab *, .momentum-lab *)"
    )
    for svg in page.locator(drawn).all():
        label = svg.get_attribute("aria-label")
        caption = svg.locator("xpath=../figcaption")
        assert caption.count() == 1 and caption.is_visible(), f"{where}: {label!r}"
        assert caption.inner_text().strip() == label, f"{where}: {label!r}"


def assert_notebook_downloads(visit, where: str) -> None:
    """A lesson's Download button is visible and hands over a valid notebook."""
    button = visit.page.locator("a.notebook-download")
    assert button.is_visible(), f"{where}: no visible Download button"
    response = visit.page.request.get(button.evaluate("a => a.href"))
    assert response.ok, f"{where}: download failed with HTTP {response.status}"
    notebook = nbformat.reads(response.text(), as_version=4)
    nbformat.validate(notebook)
    assert json.loads(response.text())["cells"], f"{where}: empty notebook"


def _copy(page, block_id: str) -> str:
    """Press the listing's copy button (opening the answer it is in and its
    Source tab first, as a reader would) and return what the clipboard holds."""
    listing = page.locator(f"#{block_id}")
    listing.evaluate(OPEN_DETAILS)
    source_tab = listing.locator(".tabbed-labels label", has_text="Source")
    if source_tab.count():
        source_tab.click()
    page.evaluate("navigator.clipboard.writeText('')")
    listing.locator("[data-md-type=copy]").first.click()
    return page.evaluate("navigator.clipboard.readText()")


def assert_copies_are_the_programs(page, page_name: str) -> None:
    """Each visible listing's copy button copies its copy (engine/copies.py):
    the listings it continues, then it."""
    for listing in [x for x in executed_listings() if x.page == page_name]:
        if not listing.shows_code:
            continue
        copied = _copy(page, listing.id)
        # Material's copy button trims the end of what it copies (trimEnd).
        expected = runnable_copy(listing, chain_of(listing.chain)).rstrip()
        diff = difflib.unified_diff(
            expected.splitlines(),
            copied.splitlines(),
            "expected",
            "copied",
            lineterm="",
        )
        assert copied == expected, (
            f"{listing.where}: the copy button of {listing.id!r} copies something "
            f"else than engine/copies.py's copy:\n"
            + ("\n".join(list(diff)[:40]) or f"copied {copied!r}")
        )
