"""Answer boxes in a real browser: a reader types an answer and is told.

Wrong, invalid, right (and a typographic minus) on every page with boxes, and
boxes that Material's instant navigation swaps in get set up too.
"""

from __future__ import annotations

import pytest

from listings import executed_listings
from page_widgets import answer_boxes


def check(form, typed: str) -> tuple[str, str | None]:
    field = form.locator("input")
    field.fill(typed)
    field.press("Enter")
    result = form.locator("output")
    result.page.wait_for_function(
        "el => el.textContent !== ''", arg=result.element_handle()
    )
    return result.text_content(), form.get_attribute("data-state")


# Every page with a box, found from the code the build runs: a new lesson is tested too.
PAGES = sorted({x.page for x in executed_listings() if "answer_box(" in x.code})


@pytest.mark.parametrize("page_name", PAGES)
def test_reader_types_answers_and_is_told(site, base_url, open_tab, page_name):
    visit = open_tab()
    page = visit.page
    page.goto(f"{base_url}{page_name.removesuffix('.md')}/")
    boxes = answer_boxes(site, page_name)
    assert boxes, f"docs/{page_name}: no answer boxes found"
    for question_id, box in boxes.items():
        form = page.locator(f"#answer-{question_id}")
        assert form.is_visible(), f"{page_name}: box {question_id} stays hidden"
        assert form.locator("output").get_attribute("aria-live") == "polite"
        right = f"{box.value + box.tolerance / 2:.10g}"
        wrong = f"{box.value + 3 * box.tolerance:.10g}"
        assert check(form, "two")[1] == "invalid", question_id
        text, state = check(form, wrong)
        assert (state, text.startswith("✗")) == ("wrong", True), (question_id, wrong)
        text, state = check(form, right)
        assert (state, text.startswith("✓")) == ("correct", True), (question_id, right)
        unicode_minus = right.replace("-", "\u2212")
        assert check(form, unicode_minus)[1] == "correct", (question_id, unicode_minus)
    assert not visit.errors, visit.errors


def test_boxes_set_up_when_material_swaps_a_page_in(base_url, open_tab):
    """Instant navigation replaces the content, then emits `document$`; new boxes work.

    (A local server does not match the sitemap's site_url, so Material reloads
    instead of swapping; this does what its instant loader does, in the page.)
    """
    page = open_tab().page
    page.goto(f"{base_url}deeper/partial-derivatives/")
    page.wait_for_selector("#answer-partial-derivatives-ex1:not([hidden])")
    page.evaluate(
        """() => {
        const old = document.querySelector("#answer-partial-derivatives-ex1");
        const html = old.outerHTML.replaceAll("partial-derivatives-ex1", "swapped-in")
          .replace(/ data-ready="1"/, "").replace("<form ", "<form hidden ");
        document.querySelector("article").insertAdjacentHTML("beforeend", html);
        window.sameDocument = true;
        document$.next(document);
    }"""
    )
    form = page.locator("#answer-swapped-in")
    form.wait_for(state="visible")
    assert page.evaluate("window.sameDocument === true")
    assert check(form, "1e9")[1] == "wrong"
