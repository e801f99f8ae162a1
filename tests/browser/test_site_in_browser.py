"""The built site in Debian's chromium: what needs a visit of its own.

Each page's own checks are in test_pages.py, in one visit. Here: math reads
with JavaScript off, search, the learning-rate lab (reached by instant
navigation, and keeping its setting in the URL), the momentum lab, the
dark-mode toggle, the 404 page, answer boxes that instant navigation swaps in,
the live graph (by keyboard and without JavaScript), a graded exercise with
JavaScript off, and the widget scripts docs/javascripts/page-scripts.js adds
to pages reached by a click.
"""

from __future__ import annotations

import pytest

from listings import page_html
from page_widgets import graph_nodes

from .answer_boxes import check
from .test_pages import RAW_MATH


def _load(visit, url: str):
    """Open a page; its math comes typeset, there is nothing more to wait for."""
    return visit.page.goto(url)


@pytest.mark.parametrize(
    "path", ["lessons/gradient-descent/", "notebooks/deeper/a-small-network/"]
)
def test_math_reads_with_javascript_off(path, base_url, open_tab):
    visit = open_tab(javascript=False)
    _load(visit, base_url + path)
    assert visit.page.evaluate("typeof document$") == "undefined", "scripts ran"
    text = visit.page.inner_text("article")
    assert not [token for token in RAW_MATH if token in text], text[:500]
    formulas = visit.page.locator(".katex")
    assert formulas.count() > 20, f"{path}: {formulas.count()} formulas"
    # MathML for screen readers, KaTeX's HTML drawn with the site's own fonts.
    assert visit.page.locator(".katex math").count() == formulas.count()
    assert visit.page.locator(".katex-html").first.is_visible()


def test_search_finds_the_gradient_descent_lesson(base_url, open_tab):
    visit = open_tab()
    _load(visit, base_url)
    search = visit.page.locator(".md-search__input")
    search.click()
    search.press_sequentially("learning rate")  # key by key, as a reader types
    results = visit.page.locator(".md-search-result__item a")
    results.first.wait_for()
    hrefs = [link.get_attribute("href") for link in results.all()]
    assert any("lessons/gradient-descent/" in href for href in hrefs), hrefs
    assert visit.page.locator(".md-search-result mark").count() > 0, "no highlighting"


def _lab_state(page) -> dict:
    return page.evaluate(
        """() => {
          const lab = document.querySelector('.lr-lab');
          return {
            rate: lab.querySelector('output').value,
            printed: lab.querySelector('.lr-lab__printed code').textContent,
            path: lab.querySelector('.lr-lab__steps').getAttribute('d'),
            frames: JSON.parse(lab.dataset.frames),
          };
        }"""
    )


def _printed(frames: dict, start: int, rate: float) -> str:
    run = frames["runs"][start][frames["rates"].index(rate)]
    return "\n".join(f"Updated x: {x}" for x in run.split(" "))


def test_learning_rate_lab_after_instant_navigation(base_url, open_tab):
    visit = open_tab()
    page = visit.page
    _load(visit, base_url)
    # Material intercepts a click only for a URL in the sitemap it fetches after
    # load; clicking before that arrives (a busy CI machine) reloads the page.
    page.wait_for_load_state("networkidle")
    page.evaluate("window.loadedOnce = true")  # survives instant navigation only
    page.locator("a[href$='lessons/gradient-descent/']").first.click()
    page.locator(".lr-lab").wait_for()
    assert page.evaluate("window.loadedOnce === true"), "the click reloaded the page"

    before = _lab_state(page)
    slider = page.locator(".lr-lab input[type=range]")
    # Its label names the slider (not the <output> the label also wraps).
    assert page.get_by_label("Learning rate η").get_attribute("type") == "range"
    slider.focus()
    for _ in range(10):
        slider.press("ArrowRight")
    after = _lab_state(page)
    assert after["rate"] == "0.2", after["rate"]
    assert after["path"] != before["path"], "the picture did not change"
    assert after["printed"] == _printed(after["frames"], 0, 0.2)

    page.get_by_label("-6", exact=True).check()
    chosen = _lab_state(page)
    assert chosen["printed"] == _printed(chosen["frames"], 1, 0.2)
    assert not visit.errors and not visit.foreign, (visit.errors, visit.foreign)


def test_learning_rate_lab_keeps_its_setting_in_the_url(base_url, open_tab):
    visit = open_tab()
    page = visit.page
    page.goto(base_url + "lessons/gradient-descent/?lr=0.7&x0=-6#learning-rate-lab")
    shared = _lab_state(page)
    assert shared["rate"] == "0.7", "a link to a run did not show that run"
    assert shared["printed"] == _printed(shared["frames"], 1, 0.7)
    assert page.locator(".lr-lab__note").is_hidden(), "0.7 stays in the picture"

    page.locator(".lr-lab input[type=range]").press("ArrowRight")
    assert page.evaluate("location.search") == "?lr=0.71&x0=-6"
    assert page.evaluate("location.hash") == "#learning-rate-lab"
    page.reload()  # the URL now names the new run
    assert _lab_state(page)["rate"] == "0.71"

    page.goto(base_url + "lessons/gradient-descent/?lr=1.03&x0=10")
    leaving = _lab_state(page)
    # x_k = 10 · (1 − 2 · 1.03)^k: |x| grows every step, past the picture's 11.
    furthest = leaving["printed"].splitlines()[-1].split(": ")[1]
    assert abs(float(furthest)) > 11
    note = page.locator(".lr-lab__note")
    assert note.is_visible() and f"x = {furthest}" in note.inner_text(), (
        note.inner_text()
    )

    page.goto(base_url + "lessons/gradient-descent/?lr=7&x0=10")  # not on the slider
    assert _lab_state(page)["rate"] == "0.1", "a bad link should show the lesson's run"
    assert not visit.errors and not visit.foreign, (visit.errors, visit.foreign)


def _momentum_lab_state(page) -> dict:
    return page.evaluate(
        """() => {
          const lab = document.querySelector('.momentum-lab');
          return {
            eta: lab.querySelector('.momentum-lab__eta output').value,
            beta: lab.querySelector('.momentum-lab__beta output').value,
            rate: lab.querySelector('.momentum-lab__rate output').value,
            printed: lab.querySelector('.lr-lab__printed code').textContent,
            path: lab.querySelector('.lr-lab__steps').getAttribute('d'),
            note: lab.querySelector('.lr-lab__note').hidden,
            frames: JSON.parse(lab.dataset.frames),
          };
        }"""
    )


def _assert_momentum_run(state: dict, eta: float, beta: float) -> None:
    """The lab shows the precomputed frame of (η, β): path, printed tail, rate."""
    frames = state["frames"]
    points, tail, rate, leaves = frames["runs"][frames["betas"].index(beta)][
        frames["rates"].index(eta)
    ]
    shown = (float(state["eta"]), float(state["beta"]))
    assert shown == (eta, beta), f"the lab shows η, β = {shown}, not {(eta, beta)}"
    assert state["path"] == "M" + points, f"η = {eta}, β = {beta}: another path"
    assert state["printed"] == tail, f"η = {eta}, β = {beta}: {state['printed']!r}"
    assert state["rate"] == rate
    assert state["note"] == (not leaves), f"η = {eta}, β = {beta}: the note"


def test_momentum_lab_responds_to_the_keyboard(base_url, open_tab):
    visit = open_tab()
    page = visit.page
    _load(visit, base_url + "optimisation/momentum/")
    before = _momentum_lab_state(page)
    _assert_momentum_run(before, 0.09, 0.5)  # the lesson's own setting

    momentum = page.get_by_label("Momentum β")  # the sliders are labelled
    momentum.focus()
    momentum.press("ArrowLeft")
    momentum.press("ArrowLeft")
    after = _momentum_lab_state(page)
    _assert_momentum_run(after, 0.09, 0.3)
    assert after["path"] != before["path"], "the picture did not change"
    assert page.get_by_label("Momentum β").get_attribute("aria-valuetext") == "0.3"

    rate = page.get_by_label("Learning rate η")
    rate.focus()
    rate.press("ArrowRight")
    _assert_momentum_run(_momentum_lab_state(page), 0.11, 0.3)
    assert page.evaluate("location.search") == "?lr=0.11&beta=0.3"

    momentum.focus()
    momentum.press("Home")  # β = 0: plain descent at η = 0.11 leaves the picture
    leaving = _momentum_lab_state(page)
    _assert_momentum_run(leaving, 0.11, 0.0)
    assert page.locator(".momentum-lab .lr-lab__note").is_visible()
    assert not visit.errors and not visit.foreign, (visit.errors, visit.foreign)


def test_momentum_lab_keeps_its_setting_in_the_url(base_url, open_tab):
    visit = open_tab()
    page = visit.page
    page.goto(base_url + "optimisation/momentum/?lr=0.13&beta=0.2#the-momentum-lab")
    _assert_momentum_run(_momentum_lab_state(page), 0.13, 0.2)  # a shared link

    page.get_by_label("Learning rate η").press("ArrowLeft")
    assert page.evaluate("location.search") == "?lr=0.11&beta=0.2"
    assert page.evaluate("location.hash") == "#the-momentum-lab"
    page.reload()  # the URL now names the new run
    _assert_momentum_run(_momentum_lab_state(page), 0.11, 0.2)

    page.goto(base_url + "optimisation/momentum/?lr=0.12&beta=0.5")  # not a mark
    _assert_momentum_run(_momentum_lab_state(page), 0.09, 0.5)
    assert not visit.errors and not visit.foreign, (visit.errors, visit.foreign)


def test_dark_mode_toggle(base_url, open_tab):
    visit = open_tab()
    _load(visit, base_url)
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert visit.page.evaluate(scheme) == "default"
    visit.page.locator("[for=__palette_1]").first.click()
    assert visit.page.evaluate(scheme) == "slate"
    visit.page.locator("[for=__palette_0]").first.click()
    assert visit.page.evaluate(scheme) == "default"


def test_missing_page_shows_the_404_page(base_url, open_tab):
    visit = open_tab()
    response = visit.page.goto(base_url + "no/such/page/")
    assert response.status == 404
    assert "404" in visit.page.inner_text("article")
    header = visit.page.locator(".md-header")
    assert header.evaluate("e => getComputedStyle(e).position") == "sticky", (
        "the 404 page lost its stylesheet"
    )
    unexpected = [e for e in visit.errors if "404" not in e]
    assert not unexpected and not visit.foreign, (unexpected, visit.foreign)


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


GRAPH_PAGE = "deeper/chain-rule-and-backpropagation.md"


def _graph_shown(page) -> dict[str, tuple[str, str]]:
    """{node name: (value, grad)} as the live graph shows them now."""
    shown = page.evaluate(
        """() => [...document.querySelectorAll('.graph-lab__node')].map(g => {
              const [value, grad] = g.querySelectorAll('.graph-lab__number');
              return [g.dataset.name, [value.textContent, grad.textContent]];
            })"""
    )
    return {name: tuple(numbers) for name, numbers in shown}


def _graph_oracle(a, b, c, steps=4) -> dict[str, tuple[float, float]]:
    """Each node's value and grad of L = (ab + c)², worked by hand, after the
    first `steps` of the backward pass (seed L, then L, d and e pass theirs on)."""
    d = a * b + c
    grads = [{}, {"L": 1}, {"d": 2 * d}, {"e": 2 * d, "c": 2 * d}]
    grads.append({"a": 2 * d * b, "b": 2 * d * a})
    reached = {k: v for step in grads[: steps + 1] for k, v in step.items()}
    values = {"a": a, "b": b, "c": c, "e": a * b, "d": d, "L": d * d}
    names = {"e": "e = a·b", "d": "d = e + c", "L": "L = d²"}
    return {names.get(k, k): (v, reached.get(k, 0.0)) for k, v in values.items()}


def _assert_graph(page, want: dict, where: str) -> None:
    shown = _graph_shown(page)
    assert set(shown) == set(want), (where, shown)
    for name, (value, grad) in want.items():
        got = tuple(float(x) for x in shown[name])
        # four significant digits shown
        assert got == pytest.approx((value, grad), rel=5e-4, abs=1e-12), (
            f"{where}: {name} shows {shown[name]}, expected value {value}, grad {grad}"
        )


def test_graph_lab_recomputes_and_steps_back_by_keyboard(site, base_url, open_tab):
    visit = open_tab()
    page = visit.page
    _load(visit, base_url + "deeper/chain-rule-and-backpropagation/")
    lab = page.locator(".graph-lab")
    lab.locator(".graph-lab__controls").wait_for()  # revealed by graph-lab.js
    built = {
        n.name: (n.value, n.grad) for n in graph_nodes(page_html(site, GRAPH_PAGE))
    }
    assert _graph_shown(page) == built, "the page does not open on the build's graph"
    _assert_graph(page, _graph_oracle(2, -3, 10), "defaults")

    lab.get_by_label("b =").fill("1.5")
    _assert_graph(page, _graph_oracle(2, 1.5, 10), "b = 1.5")
    status = page.locator(".graph-lab__status")
    assert status.get_attribute("aria-live") == "polite"
    assert "L = 169" in status.inner_text(), status.inner_text()
    # Back to the defaults: the browser's numbers are the build's, digit for digit.
    lab.get_by_label("b =").fill("-3")
    assert _graph_shown(page) == built

    reset = lab.get_by_role("button", name="Reset")
    reset.focus()
    reset.press("Enter")
    _assert_graph(page, _graph_oracle(2, -3, 10, steps=0), "after Reset")
    step = lab.get_by_role("button", name="Step back")
    step.focus()
    for done in range(1, 5):
        step.press("Enter" if done % 2 else " ")
        _assert_graph(page, _graph_oracle(2, -3, 10, steps=done), f"step {done}")
        assert status.inner_text().startswith(f"Step {done} of 4"), status.inner_text()
    assert "Backward pass complete" in status.inner_text()
    assert _graph_shown(page) == built

    page.set_viewport_size({"width": 375, "height": 800})
    overflow = lab.evaluate("f => f.scrollWidth - f.clientWidth")
    assert overflow <= 0, f"the graph is {overflow} px wider than a phone"
    assert not visit.errors and not visit.foreign, (visit.errors, visit.foreign)


def test_graph_lab_reads_without_javascript(site, base_url, open_tab):
    visit = open_tab(javascript=False)
    page = visit.page
    _load(visit, base_url + "deeper/chain-rule-and-backpropagation/")
    assert page.locator(".graph-lab__graph").is_visible()
    assert page.locator(".graph-lab__controls").is_hidden(), "dead controls shown"
    built = {
        n.name: (n.value, n.grad) for n in graph_nodes(page_html(site, GRAPH_PAGE))
    }
    assert _graph_shown(page) == built
    _assert_graph(page, _graph_oracle(2, -3, 10), "without JavaScript")


def _scripts_fetched(page) -> list[str]:
    """The file names of the widget scripts this document has fetched so far."""
    return page.evaluate(
        """() => performance.getEntriesByType('resource')
             .map(e => e.name.split('?')[0].split('/').pop())
             .filter(name => name.endsWith('.js') && !name.includes('.min.'))"""
    )


def test_widgets_work_after_instant_navigation(base_url, open_tab):
    """docs/javascripts/page-scripts.js adds each widget's script when a page
    reached by a click shows the widget, once, and the widgets work."""
    visit = open_tab()
    page = visit.page
    _load(visit, base_url)
    page.wait_for_load_state("networkidle")  # see the learning-rate lab's test
    page.evaluate("window.loadedOnce = true")  # survives instant navigation only
    assert "momentum-lab.js" not in _scripts_fetched(page)

    page.locator("a[href$='deeper/chain-rule-and-backpropagation/']").first.click()
    page.locator(".graph-lab__controls").wait_for()
    assert page.evaluate("window.loadedOnce === true"), "the click reloaded the page"
    bars = page.locator(".run-in-page")
    page.wait_for_function(
        "() => !document.querySelector('.run-in-page:not([data-ready])')"
    )
    assert bars.count() > 0
    box = page.locator("#answer-chain-rule-and-backpropagation-ex1")
    box.wait_for()  # answer-box.js reveals it
    assert check(box, "two")[1] == "invalid"
    page.locator(".graph-lab").get_by_role("button", name="Reset").click()
    assert page.locator(".graph-lab__status").inner_text().startswith("Every grad is 0")

    page.locator("a[href$='optimisation/momentum/']").first.click()
    momentum = page.get_by_label("Momentum β")
    momentum.wait_for()
    assert page.evaluate("window.loadedOnce === true"), "the click reloaded the page"
    momentum.press("ArrowLeft")
    assert momentum.get_attribute("aria-valuetext") == "0.4"
    fetched = _scripts_fetched(page)
    for name in ("answer-box.js", "graph-lab.js", "run-in-page.js", "momentum-lab.js"):
        assert fetched.count(name) == 1, f"{name} fetched {fetched.count(name)} times"
    assert "lab.js" not in fetched, "the learning-rate lab's script on pages without it"
    assert not visit.errors and not visit.foreign, (visit.errors, visit.foreign)


def test_graded_exercise_without_javascript_leaves_the_solution(base_url, open_tab):
    """No script, no dead editor: the widget stays out of sight, the solution
    box it grades against is still there to open."""
    visit = open_tab(javascript=False)
    _load(visit, base_url + "lessons/exercises/")
    form = visit.page.locator("#graded-exercises-ex1")
    assert form.count() == 1 and not form.is_visible()
    visit.page.locator("details:has(#exercise-slope) > summary").click()
    assert visit.page.locator("#exercise-slope").is_visible()
