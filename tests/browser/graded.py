"""Graded code exercises in a real browser: type, press Check, read the verdict.

In each page's one visit (test_pages.py), for every graded exercise: the
grader's plausible wrong answer and then the lesson's own solution are typed
into the editor and checked from the keyboard, and the page says exactly
what CPython's run of the same grader says (snippets.grading.run_and_grade);
the widget fits a phone's width. On one page, an endless loop is stopped by
the time limit and the next Check works.
"""

from __future__ import annotations

import contextlib
import importlib
import io

from listings import page_html
from page_widgets import graded_fences, solution_of
from snippets.graded import graded_widgets
from snippets.grading import run_and_grade

START_MS = 60_000  # Python starting in a fresh worker, on a busy 2-core machine
LIMIT_S = 10  # LIMIT_MS in docs/javascripts/run-in-page.js
PHONE = 390
# Where an endless loop is typed: once on the site is enough.
ENDLESS = ("lessons/exercises.md", "graded-exercises-ex1")


def check(page, box_id: str, code: str, keys: str = "Tab") -> tuple[str, str]:
    """Type `code`, reach Check by `keys` (Tab to the button, then Enter; or
    Control+Enter in the editor) and wait: (verdict, data-state)."""
    form = page.locator(f"#{box_id}")
    editor = form.get_by_role("textbox")
    editor.fill(code)
    editor.focus()
    page.keyboard.press(keys)
    if keys == "Tab":
        assert page.evaluate("document.activeElement.textContent") == "Check", box_id
        page.keyboard.press("Enter")
    page.wait_for_function(
        "f => /^(passed|failed)$/.test(f.dataset.state)"
        " && f.querySelector('output').textContent !== ''",
        arg=form.element_handle(),
        timeout=START_MS,
    )
    return form.locator("output").text_content(), form.get_attribute("data-state")


def expected_verdict(code: str, grade) -> tuple[str, str]:
    with contextlib.redirect_stdout(io.StringIO()):
        verdict = run_and_grade(code, grade)
    mark = "✓ " if verdict.ok else "✗ "
    return mark + verdict.message, "passed" if verdict.ok else "failed"


def assert_graded_exercises_work(page, site, page_name: str) -> None:
    """Wrong, then right, in every graded exercise of the page."""
    widgets = {w.box_id: w for w in graded_widgets(page_html(site, page_name))}
    fences = [x for x in graded_fences() if x.page == page_name]
    assert len(fences) == len(widgets), f"docs/{page_name}: {len(widgets)} widgets"
    for fence, (box_id, widget) in zip(fences, widgets.items(), strict=True):
        where = f"{fence.where}: {box_id}"
        grader = importlib.import_module(widget.module)
        form = page.locator(f"#{box_id}")
        form.scroll_into_view_if_needed()
        assert form.is_visible(), f"{where} stays hidden"
        assert form.get_by_role("status").get_attribute("aria-live") == "polite"
        label = form.locator("label").text_content()
        assert form.get_by_label(label, exact=True).count() == 1, f"{where}: no label"
        for code, keys in (
            (grader.WRONG, "Tab"),
            (solution_of(fence), "Control+Enter"),
        ):
            shown = check(page, box_id, code, keys)
            assert shown == expected_verdict(code, grader.grade), (where, shown)
        page.set_viewport_size({"width": PHONE, "height": 800})
        box = form.bounding_box()
        wide = page.evaluate("document.documentElement.scrollWidth")
        page.set_viewport_size({"width": 1280, "height": 900})
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE, (where, box)
        assert wide <= PHONE, f"{where}: the page scrolls sideways on a phone: {wide}"
    if page_name == ENDLESS[0]:
        assert_an_endless_loop_is_stopped(page, ENDLESS[1])


def assert_an_endless_loop_is_stopped(page, box_id: str) -> None:
    """The time limit ends a check that never returns; the next one works."""
    endless = "def derivative(x):\n    while True:\n        pass\n"
    text, state = check(page, box_id, endless)
    assert (state, text) == (
        "failed",
        f"✗ Stopped: still running after {LIMIT_S} s. Is there an endless loop?",
    ), box_id
    right = "def derivative(x):\n    return 9*x**2 - 4*x + 1\n"
    assert check(page, box_id, right)[1] == "passed", f"{box_id}: after a stop"
