"""Which listings get an Edit/Run bar: decided from their code, as a reader's
browser would need it (engine/in_page.py), and the built pages agree.

What pressing Run does is tested in a real browser (tests/browser/run_in_page.py, from tests/browser/test_pages.py).
"""

from __future__ import annotations

import pytest

from engine.copies import runnable_copy
from engine.in_page import imported_modules, runs_in_page
from engine.markup import listing_divs
from engine.pages import chains, is_lesson
from listings import executed_listings, find, page_html

LISTINGS = executed_listings()
CHAINS = chains(LISTINGS)
SHOWN = [x for x in LISTINGS if x.shows_code]
RUNNABLE = [x for x in SHOWN if runs_in_page(runnable_copy(x, CHAINS[x.chain]))]


def test_imports_are_read_from_the_code():
    program = "import math, os.path\nfrom numpy import linalg\nfrom . import x\n"
    assert imported_modules(program) == {"math", "os", "numpy"}
    assert runs_in_page("import math\nfrom fractions import Fraction\n")
    assert not runs_in_page("import numpy as np\n")
    assert not runs_in_page("from snippets.verify import check_gradient\n")
    assert not runs_in_page("import subprocess\n")  # no processes in a browser


def test_a_listing_runs_in_the_page_only_when_what_it_continues_does_too():
    seed = find("lessons/gradient-descent.md", "seed-descent")
    assert seed in RUNNABLE, "the seed's own example, stdlib only, must run"
    # Needs numpy itself; and one whose own code is plain Python but whose
    # session starts with numpy.
    assert find("deeper/training-a-neuron.md", "linear-data") not in RUNNABLE
    assert find("deeper/training-a-neuron.md", "linear-loss") not in RUNNABLE


@pytest.mark.parametrize("page", sorted({x.page for x in SHOWN}))
def test_the_built_page_has_a_bar_on_exactly_those_listings(site, page):
    built = page_html(site, page)
    barred = {id for id, div in listing_divs(built).items() if div.runs}
    expected = {x.id for x in RUNNABLE if x.page == page}
    assert barred == expected, f"docs/{page}: Run bars on {sorted(barred)}"
    bars = built.count('<div class="run-in-page"')
    assert bars == len(expected), f"docs/{page}: {bars} bars"
    needs_numpy = any(x.page == page and x not in RUNNABLE for x in SHOWN)
    told = built.count('<p class="run-elsewhere">')
    assert told == (1 if needs_numpy and is_lesson(page) else 0), (
        f"docs/{page}: says {told} times where its other listings run"
    )
    if told and expected:
        assert "The others have a Run button." in built, page
