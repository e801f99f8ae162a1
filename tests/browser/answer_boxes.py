"""Answer boxes in a real browser: a reader types an answer and is told.

Wrong, invalid, right (and a typographic minus), on every page with boxes, in
that page's one visit (test_pages.py).
"""

from __future__ import annotations

from listings import executed_listings
from page_widgets import answer_boxes

# Every page with a box, found from the code the build runs: a new lesson is tested too.
PAGES = {x.page for x in executed_listings() if "answer_box(" in x.code}


def check(form, typed: str) -> tuple[str, str | None]:
    field = form.locator("input")
    field.fill(typed)
    field.press("Enter")
    result = form.locator("output")
    result.page.wait_for_function(
        "el => el.textContent !== ''", arg=result.element_handle()
    )
    return result.text_content(), form.get_attribute("data-state")


def assert_answers_are_checked(page, site, page_name: str) -> None:
    """Every box of the page tells a reader wrong, invalid and right apart."""
    if page_name not in PAGES:
        return
    boxes = answer_boxes(site, page_name)
    assert boxes, f"docs/{page_name}: no answer boxes found"
    for question_id, box in boxes.items():
        where = f"docs/{page_name}: box {question_id}"
        form = page.locator(f"#answer-{question_id}")
        assert form.is_visible(), f"{where} stays hidden"
        assert form.locator("output").get_attribute("aria-live") == "polite", where
        right = f"{box.value + box.tolerance / 2:.10g}"
        wrong = f"{box.value + 3 * box.tolerance:.10g}"
        assert check(form, "two")[1] == "invalid", where
        text, state = check(form, wrong)
        assert (state, text.startswith("✗")) == ("wrong", True), (where, wrong)
        text, state = check(form, right)
        assert (state, text.startswith("✓")) == ("correct", True), (where, right)
        unicode_minus = right.replace("-", "\u2212")
        assert check(form, unicode_minus)[1] == "correct", (where, unicode_minus)
