"""Edit and run in the page: Pyodide, served by the site, in a Web Worker.

In each page's one visit (test_pages.py): every listing with a Run bar, run
unchanged, prints exactly what the page shows from the build, and Pyodide is
fetched only on the first Run, never from another host. On the seed's page
also: an edit changes the output as Python says it should; an exception shows
its traceback and Python keeps working; an endless loop is stopped by the time
limit or by Stop, and the next Run works; a Run pressed while Python starts
runs the code in the editor at that press; the controls work from the keyboard.
"""

from __future__ import annotations

from engine.copies import runnable_copy
from engine.in_page import runs_in_page
from listings import chain_of, executed_listings, find, shown_on_page

RUNNABLE = [
    x
    for x in executed_listings()
    if x.shows_code and runs_in_page(runnable_copy(x, chain_of(x.chain)))
]
LIMIT_S = 10  # LIMIT_MS in docs/javascripts/run-in-page.js
START_MS = 60_000  # Python starting in a fresh worker, on a busy 2-core machine
SEED = find("lessons/gradient-descent.md", "seed-descent")
OPEN_DETAILS = (
    "e => { for (let d = e.closest('details'); d;"
    " d = d.parentElement.closest('details')) d.open = true; }"
)


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


def assert_runs_print_what_the_page_shows(visit, site, page_name: str) -> None:
    """Run every Run bar of the page: each prints what the build printed."""
    assert not [url for url in visit.fetched if "/vendor/pyodide/" in url], (
        f"docs/{page_name}: Pyodide was fetched before any Run"
    )
    listings = [x for x in RUNNABLE if x.page == page_name]
    if not listings:
        return
    for listing in listings:
        visit.page.locator(f"#{listing.id}").evaluate(OPEN_DETAILS)
        printed, status = _run(visit.page, listing.id)
        where = f"{listing.where}: Run of {listing.id!r}"
        assert status.startswith("Finished"), f"{where}: {status}\n{printed}"
        assert printed.strip("\n") == shown_on_page(site, listing), (
            f"{where} printed something else than the page shows:\n{printed}"
        )
    assert any("/vendor/pyodide/pyodide.asm.wasm" in url for url in visit.fetched), (
        f"docs/{page_name}: Pyodide was not fetched from this site"
    )


def _assert_quiet(visit) -> None:
    assert not visit.errors and not visit.foreign, (
        f"{SEED.where}: console errors {visit.errors}, other hosts {visit.foreign}"
    )


def _reset_and_run_the_original(visit) -> None:
    """Python still works after what went wrong: Reset, Run, the page's output."""
    _press(visit.page, SEED.id, "Reset")
    printed, status = _run(visit.page, SEED.id)
    assert status.startswith("Finished") and printed.startswith("Updated x: 8.0"), (
        f"{SEED.where}: {status}\n{printed}"
    )
    _assert_quiet(visit)


def assert_an_edit_changes_the_output_and_reset_restores_the_code(visit) -> None:
    page = visit.page
    _edit(
        page, SEED.id, SEED.code.replace("learning_rate = 0.1", "learning_rate = 0.5")
    )
    printed, status = _run(page, SEED.id)
    assert status.startswith("Finished"), f"{SEED.where}: {status}"
    # With η = 1/2 one step lands on the minimum: x − ½·2x = 0.
    assert printed == "Updated x: 0.0\n" * 10, f"{SEED.where}: {printed}"
    editor = page.get_by_label(f"Code of {SEED.id}, editable")
    editor.press("Control+Enter")  # the keyboard runs it too
    _press(page, SEED.id, "Reset")
    assert editor.count() == 0, f"{SEED.where}: the editor stays after Reset"
    assert page.locator(f"#{SEED.id} .language-python").is_visible(), SEED.where
    printed, _ = _run(page, SEED.id)
    assert printed.startswith("Updated x: 8.0\n"), f"{SEED.where}: {printed}"
    _assert_quiet(visit)


def assert_an_exception_shows_its_traceback_and_python_keeps_working(visit) -> None:
    page = visit.page
    _edit(page, SEED.id, "learning_rate = 0.1\nprint(learning_rate / 0)\n")
    printed, status = _run(page, SEED.id)
    assert status.startswith("Stopped by an exception"), f"{SEED.where}: {status}"
    where = f"{SEED.where}: {printed}"
    assert printed.startswith("Traceback (most recent call last):\n"), where
    assert 'File "lesson.py", line 2, in <module>' in printed, where
    assert "print(learning_rate / 0)" in printed, f"{where}\nthe line is not shown"
    last = printed.rstrip().splitlines()[-1]  # Python 3.14 words it "division by zero"
    assert last.startswith("ZeroDivisionError: ") and "division by zero" in last, where
    _reset_and_run_the_original(visit)


def assert_an_endless_loop_is_stopped_and_the_next_run_works(visit) -> None:
    page = visit.page
    _edit(page, SEED.id, "print('looping')\nwhile True:\n    pass\n")
    printed, status = _run(page, SEED.id, timeout_s=START_MS / 1000 + LIMIT_S)
    assert status.startswith(f"Stopped: still running after {LIMIT_S} s"), (
        f"{SEED.where}: {status}"
    )
    assert printed == "looping\n", f"{SEED.where}: {printed}"
    # Stop, pressed by the reader, ends it at once.
    _press(page, SEED.id, "Run")
    running = page.locator(f"#{SEED.id} .run-in-page__status", has_text="Running")
    running.wait_for(timeout=START_MS)  # a fresh worker: Python starts again
    _press(page, SEED.id, "Stop")
    status = page.locator(f"#{SEED.id} .run-in-page__status").text_content()
    assert status.startswith("Stopped."), f"{SEED.where}: {status}"
    _reset_and_run_the_original(visit)


def assert_a_run_pressed_while_python_starts_runs_the_edited_code(visit) -> None:
    """Run, then Edit and Run again while Python starts: the edited code runs
    (once), not the listing as it was at the first press."""
    page = visit.page
    _edit(page, SEED.id, "print('looping')\nwhile True:\n    pass\n")
    _press(page, SEED.id, "Run")
    page.locator(f"#{SEED.id} .run-in-page__status", has_text="Running").wait_for()
    _press(page, SEED.id, "Stop")  # Python is gone: the next Run starts it afresh
    _press(page, SEED.id, "Reset")
    _press(page, SEED.id, "Run")
    status = page.locator(f"#{SEED.id} .run-in-page__status").text_content()
    assert status == "Starting Python…", f"{SEED.where}: {status}"
    _edit(
        page, SEED.id, SEED.code.replace("learning_rate = 0.1", "learning_rate = 0.5")
    )
    printed, status = _run(page, SEED.id)
    assert status.startswith("Finished"), f"{SEED.where}: {status}"
    assert printed == "Updated x: 0.0\n" * 10, (
        f"{SEED.where}: a Run pressed while Python started printed\n{printed}"
    )
    _reset_and_run_the_original(visit)


def assert_the_controls_are_labelled_and_reachable_by_keyboard(visit) -> None:
    page = visit.page
    bar = page.get_by_role("group", name=f"Edit and run {SEED.id}")
    run = bar.get_by_role("button", name="Run", exact=True)
    focused = "document.activeElement.textContent"
    run.focus()
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(focused) == "Edit", f"{SEED.where}: Shift+Tab from Run"
    page.keyboard.press("Enter")  # Edit, from the keyboard: the editor has focus
    assert page.evaluate("document.activeElement.tagName") == "TEXTAREA", SEED.where
    page.keyboard.press("Tab")  # Tab leaves the editor: no keyboard trap
    assert page.evaluate("document.activeElement.tagName") != "TEXTAREA", (
        f"{SEED.where}: Tab stays in the editor"
    )
    for _ in range(3):  # past the output's copy button, to Run
        if page.evaluate(focused) == "Run":
            break
        page.keyboard.press("Tab")
    assert page.evaluate(focused) == "Run", f"{SEED.where}: Tab does not reach Run"
    page.keyboard.press("Enter")
    status = bar.get_by_role("status")
    page.wait_for_function(
        "s => s.textContent.startsWith('Finished')",
        arg=status.element_handle(),
        timeout=START_MS,
    )
    _assert_quiet(visit)


def assert_run_bars_behave(visit) -> None:
    """On the seed's page, after its listings ran: what a reader does with a bar.
    Each leaves the editor closed and Python working, as the next one expects."""
    assert_an_edit_changes_the_output_and_reset_restores_the_code(visit)
    assert_an_exception_shows_its_traceback_and_python_keeps_working(visit)
    assert_an_endless_loop_is_stopped_and_the_next_run_works(visit)
    assert_a_run_pressed_while_python_starts_runs_the_edited_code(visit)
    assert_the_controls_are_labelled_and_reachable_by_keyboard(visit)
