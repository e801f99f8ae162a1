"""The answer box: what snippets/answer_box.py prints, and what a reader sees in a browser."""

from __future__ import annotations

import base64
import functools
import http.server
import json
import math
import threading
from pathlib import Path

import pytest

from page_widgets import answer_boxes
from snippets.answer_box import answer_box

CHROMIUM = Path("/usr/bin/chromium")


def decoded(markup: str) -> dict:
    data = markup.split('data-answer="', 1)[1].split('"', 1)[0]
    return json.loads(base64.b64decode(data, validate=True))


def test_box_holds_answer_and_tolerance_encoded(capsys):
    markup = answer_box("demo-ex1", 12.5, rel_tol=1e-2, label="x =")
    assert capsys.readouterr().out.strip() == markup
    assert decoded(markup) == {"v": 12.5, "t": 0.125}
    assert "12.5" not in markup.replace('data-answer="', "")  # not in plain sight
    for needed in (
        'id="answer-demo-ex1"',
        "hidden",
        '<label id="answer-demo-ex1-label" for="answer-demo-ex1-input">x =</label>',
        'aria-live="polite"',
        'role="status"',
        'type="submit"',
    ):
        assert needed in markup, needed


def test_absolute_tolerance_wins_when_larger(capsys):
    assert decoded(answer_box("demo-ex2", 31, abs_tol=0.5, rel_tol=0)) == {
        "v": 31.0,
        "t": 0.5,
    }
    assert decoded(answer_box("demo-ex3", 0.0, abs_tol=1e-3)) == {"v": 0.0, "t": 1e-3}
    assert "±0.5" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("Bad Id", 1.0), {}, "kebab-case"),
        (("ok-id", math.nan), {}, "finite real number"),
        (("ok-id", math.inf), {}, "finite real number"),
        (("ok-id", 1.0), {"rel_tol": -1e-3}, "rel_tol must be finite"),
        (("ok-id", 1.0), {"abs_tol": math.inf}, "abs_tol must be finite"),
        (("ok-id", 0.0), {}, "give abs_tol > 0"),
    ],
)
def test_bad_input_is_refused_clearly(args, kwargs, message):
    with pytest.raises(ValueError, match=message):
        answer_box(*args, **kwargs)


# ── In a browser ─────────────────────────────────────────────────────────────


@pytest.fixture(scope="module")
def served_site(site):
    """The built site over HTTP on 127.0.0.1, as `mkdocs serve` would show it."""

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():  # `make test` installs it: a missing browser is a failure
        pytest.fail(
            f"the answer-box browser tests need Debian's chromium at {CHROMIUM}; "
            "install it with `apt-get install chromium` (or run `make test`)",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--no-sandbox"]
        )
        yield chromium
        chromium.close()


def check(form, typed: str) -> tuple[str, str | None]:
    field = form.locator("input")
    field.fill(typed)
    field.press("Enter")
    result = form.locator("output")
    result.page.wait_for_function(
        "el => el.textContent !== ''", arg=result.element_handle()
    )
    return result.text_content(), form.get_attribute("data-state")


PAGES = [
    "deeper/partial-derivatives.md",
    "deeper/chain-rule-and-backpropagation.md",
    "deeper/derivatives-reference.md",
    "deeper/training-a-neuron.md",
    "deeper/a-small-network.md",
]


@pytest.mark.parametrize("page_name", PAGES)
def test_reader_types_answers_and_is_told(site, served_site, browser, page_name):
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{served_site}/{page_name.removesuffix('.md')}/")
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
    assert not errors, errors
    page.close()


def test_boxes_set_up_when_material_swaps_a_page_in(served_site, browser):
    """Instant navigation replaces the content, then emits `document$`; new boxes work.

    (A local server does not match the sitemap's site_url, so Material reloads
    instead of swapping; this does what its instant loader does, in the page.)
    """
    page = browser.new_page()
    page.goto(f"{served_site}/deeper/partial-derivatives/")
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
    page.close()
