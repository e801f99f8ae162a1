"""Edit and run in the page: Pyodide, served by the site, in a Web Worker.

Every listing with a Run bar, run unchanged, prints exactly what the page shows
from the build. An edit changes the output as Python says it should; an
exception shows its traceback and Python keeps working; an endless loop is
stopped by the time limit or by Stop, and the next Run works. Pyodide is
fetched only on the first Run, and never from another host.
"""

from __future__ import annotations

import pytest

from engine.in_page import runs_in_page
from engine.pages import chains, page_path, runnable_copy
from listings import executed_listings, find, shown_on_page

LISTINGS = executed_listings()
CHAINS = chains(LISTINGS)
RUNNABLE = [
    x
    for x in LISTINGS
    if x.shows_code and runs_in_page(runnable_copy(x, CHAINS[x.chain]))
]
LIMIT_S = 10  # LIMIT_MS in docs/javascripts/run-in-page.js
START_MS = 60_000  # Python starting in a fresh worker, on a busy 2-core machine
SEED = find("lessons/gradient-descent.md", "seed-descent")


def _press(page, listing_id: str, action: str):
    page.locator(f"#{listing_id} .run-in-page").get_by_role(
        "button", name=action, exact=True
    ).click()


def _run(page, listing_id: str, timeout_s: float = START_MS / 1000) -> tuple[str, str]:
    """Press Run and wait for the run to end: (what it printed, the status)."""
    _press(page, listing_id, "Run")
    status = page.locator(f"#{listing_id} .run-in-page__status")
    page.wait_for_function(
        "s => /^(Finished|Stopped)/.test(s.textContent)",
        arg=status.element_handle(),
        timeout=timeout_s * 1000,
    )
    printed = page.locator(f"#{listing_id} .run-in-page__output code").text_content()
    return printed, status.text_content()


def _edit(page, listing_id: str, code: str) -> None:
    _press(page, listing_id, "Edit")
    page.get_by_label(f"Code of {listing_id}, editable").fill(code)


def _reset_and_run_the_original(visit) -> None:
    """Python still works after what went wrong: Reset, Run, the page's output."""
    _press(visit.page, SEED.id, "Reset")
    printed, status = _run(visit.page, SEED.id)
    assert status.startswith("Finished") and printed.startswith("Updated x: 8.0")
    assert not visit.errors and not visit.foreign


def _open(open_tab, base_url, page_name: str):
    visit = open_tab()
    fetched = []
    visit.page.on("request", lambda request: fetched.append(request.url))
    visit.page.goto(base_url + page_path(page_name))
    return visit, fetched


@pytest.mark.parametrize("page_name", sorted({x.page for x in RUNNABLE}))
def test_run_prints_what_the_page_shows(site, base_url, open_tab, page_name):
    visit, fetched = _open(open_tab, base_url, page_name)
    listings = [x for x in RUNNABLE if x.page == page_name]
    visit.page.wait_for_load_state("load")
    assert not [url for url in fetched if "/vendor/pyodide/" in url], (
        f"docs/{page_name}: Pyodide was fetched before any Run"
    )
    for listing in listings:
        listing_el = visit.page.locator(f"#{listing.id}")
        listing_el.evaluate(
            "e => { for (let d = e.closest('details'); d; d = d.parentElement.closest('details')) d.open = true; }"
        )
        printed, status = _run(visit.page, listing.id)
        assert status.startswith("Finished"), f"{listing.where}: {status}\n{printed}"
        assert printed.strip("\n") == shown_on_page(site, listing), (
            f"{listing.where}: Run printed something else than the page shows:\n"
            f"{printed}"
        )
    assert any("/vendor/pyodide/pyodide.asm.wasm" in url for url in fetched)
    assert not visit.foreign, f"requests to other hosts: {visit.foreign}"
    assert not visit.errors, visit.errors


def test_an_edit_changes_the_output_and_reset_restores_the_code(base_url, open_tab):
    visit, _ = _open(open_tab, base_url, SEED.page)
    page = visit.page
    _edit(
        page, SEED.id, SEED.code.replace("learning_rate = 0.1", "learning_rate = 0.5")
    )
    printed, status = _run(page, SEED.id)
    assert status.startswith("Finished"), status
    # With η = 1/2 one step lands on the minimum: x − ½·2x = 0.
    assert printed == "Updated x: 0.0\n" * 10, printed
    editor = page.get_by_label(f"Code of {SEED.id}, editable")
    editor.press("Control+Enter")  # the keyboard runs it too
    _press(page, SEED.id, "Reset")
    assert editor.count() == 0
    assert page.locator(f"#{SEED.id} .language-python").is_visible()
    printed, _ = _run(page, SEED.id)
    assert printed.startswith("Updated x: 8.0\n"), printed
    assert not visit.errors and not visit.foreign


def test_an_exception_shows_its_traceback_and_python_keeps_working(base_url, open_tab):
    visit, _ = _open(open_tab, base_url, SEED.page)
    page = visit.page
    _edit(page, SEED.id, "learning_rate = 0.1\nprint(learning_rate / 0)\n")
    printed, status = _run(page, SEED.id)
    assert status.startswith("Stopped by an exception"), status
    assert printed.startswith("Traceback (most recent call last):\n"), printed
    assert 'File "lesson.py", line 2, in <module>' in printed, printed
    assert "print(learning_rate / 0)" in printed, "the line is shown, as Python does"
    last = printed.rstrip().splitlines()[-1]  # Python 3.14 words it "division by zero"
    assert last.startswith("ZeroDivisionError: ") and "division by zero" in last
    _reset_and_run_the_original(visit)


def test_an_endless_loop_is_stopped_and_the_next_run_works(base_url, open_tab):
    visit, _ = _open(open_tab, base_url, SEED.page)
    page = visit.page
    _edit(page, SEED.id, "print('looping')\nwhile True:\n    pass\n")
    printed, status = _run(page, SEED.id, timeout_s=START_MS / 1000 + LIMIT_S)
    assert status.startswith(f"Stopped: still running after {LIMIT_S} s"), status
    assert printed == "looping\n"
    # Stop, pressed by the reader, ends it at once.
    _press(page, SEED.id, "Run")
    running = page.locator(f"#{SEED.id} .run-in-page__status", has_text="Running")
    running.wait_for(timeout=START_MS)  # a fresh worker: Python starts again
    _press(page, SEED.id, "Stop")
    status = page.locator(f"#{SEED.id} .run-in-page__status").text_content()
    assert status.startswith("Stopped."), status
    _reset_and_run_the_original(visit)


def test_the_controls_are_labelled_and_reachable_by_keyboard(base_url, open_tab):
    visit, _ = _open(open_tab, base_url, SEED.page)
    page = visit.page
    bar = page.get_by_role("group", name=f"Edit and run {SEED.id}")
    run = bar.get_by_role("button", name="Run", exact=True)
    run.focus()
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.textContent") == "Edit"
    page.keyboard.press("Enter")  # Edit, from the keyboard: the editor has focus
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA"
    page.keyboard.press("Tab")  # Tab leaves the editor: no keyboard trap
    assert page.evaluate("document.activeElement.tagName") != "TEXTAREA"
    for _ in range(3):  # past the output's copy button, to Run
        if page.evaluate("document.activeElement.textContent") == "Run":
            break
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Run"
    page.keyboard.press("Enter")
    status = bar.get_by_role("status")
    page.wait_for_function(
        "s => s.textContent.startsWith('Finished')",
        arg=status.element_handle(),
        timeout=START_MS,
    )
    assert not visit.errors and not visit.foreign
