"""Every code block in docs/ runs as a reader would run it and prints what the page shows.

A reader runs a listing's copy (engine/copies.py) with a Python that has numpy,
matplotlib and scikit-learn and nothing of this project. Each chain's program,
which every copy of the chain is a cut of, runs once in such a Python
(harness/reader_env.py), and each visible listing must print there what its
page shows. Listings the page shows only by their output (verified lines,
answer boxes, labs) are not in any copy: the build runs them, and the tests of
their widgets check what they show.
"""

from __future__ import annotations

import re

import pytest

from engine.copies import chain_program, copy_of
from engine.in_page import imported_modules
from engine.markup import continues_note_above, without_figures
from engine.pages import page_listings, snippet_expander
from listings import (
    DOCS,
    ROOT,
    all_listings,
    chain_of,
    executed_listings,
    markdown_files,
    page_html,
    reader_run,
    run_as_a_reader,
    shown_on_page,
)

VISIBLE = [x for x in executed_listings() if x.shows_code]
# The project's own packages: none of them is on a reader's machine.
PROJECT = {"snippets", "engine", "hooks", "harness", "tests"}


def _param(listing):
    # All listings of a chain go to one xdist worker, which runs the chain once.
    page, session = listing.chain
    return pytest.param(listing, marks=pytest.mark.xdist_group(f"{page}::{session}"))


@pytest.mark.parametrize("listing", [_param(x) for x in VISIBLE], ids=str)
def test_listing_prints_what_the_page_shows(listing, site):
    printed = reader_run(listing.chain)[listing.line]
    # A figure is drawn, not printed: a reader sees it in a window.
    shown = without_figures(shown_on_page(site, listing)).strip("\n")
    assert printed.strip("\n") == shown, (
        f"{listing.where}: listing {listing.id!r} printed something other than "
        f"the page shows.\n--- page shows ---\n{shown}\n--- Python printed ---\n{printed}"
    )


def _fence_openers(text: str) -> list[int]:
    """Lines that open a fence, found without pytest-codeblocks (an independent count)."""
    openers, inside = [], None
    for number, line in enumerate(text.splitlines(), start=1):
        ticks = re.match(r"\s*(`{3,})", line)
        if not ticks:
            continue
        if inside is None:
            inside = ticks.group(1)
            openers.append(number)
        elif ticks.group(1).startswith(inside) and not line.strip().strip("`"):
            inside = None
    return openers


def test_no_block_in_docs_is_skipped_silently():
    """Each fence in docs/ is an executed listing, or says in the source why it is not."""
    collected = {(x.page, x.line) for x in all_listings()}
    problems = []
    for page in markdown_files():
        name = page.relative_to(DOCS).as_posix()
        for line in _fence_openers(page.read_text(encoding="utf-8")):
            if (name, line) not in collected:
                problems.append(f"docs/{name}:{line}: fence the collector did not see")
    for listing in all_listings():
        if listing.exec_on and not listing.executed:
            problems.append(
                f"{listing.where}: an executed {listing.language or 'plain'} fence; "
                "only python listings run (the build refuses any other)"
            )
        elif not listing.executed and not listing.marks:
            problems.append(
                f"{listing.where}: a {listing.language or 'plain'} fence that is "
                'neither executed (exec="on") nor marked <!--pytest.mark.skip(reason=...)-->'
            )
    assert not problems, "\n".join(problems)


def _lines(code: str) -> list[str]:
    # pytest-codeblocks drops the blank lines of a fence nested in an admonition.
    return [line for line in code.splitlines() if line.strip()]


def test_the_build_runs_exactly_the_listings_the_tests_run():
    """The engine's own parser finds every executed listing, with the same code."""
    expand = snippet_expander(ROOT)
    engine = {
        (x.page, x.line): x.code
        for path in markdown_files()
        for x in page_listings(
            path.relative_to(DOCS).as_posix(), path.read_text(encoding="utf-8"), expand
        )
    }
    tests = {(x.page, x.line): x.collected for x in executed_listings()}
    missed = sorted(tests.keys() - engine.keys())
    extra = sorted(engine.keys() - tests.keys())
    assert not missed and not extra, f"engine misses {missed}, engine adds {extra}"
    differ = [
        f"docs/{page}:{line}"
        for (page, line), code in tests.items()
        if _lines(engine[(page, line)]) != _lines(code)
    ]
    assert not differ, f"the engine would run other code at {differ}"


def test_executed_listings_have_unique_ids_and_page_local_sessions():
    problems, seen_ids, session_pages = [], set(), {}
    for listing in executed_listings():
        key = (listing.page, listing.id)
        if not listing.id or key in seen_ids:
            problems.append(f"{listing.where}: needs an id= unique on its page")
        seen_ids.add(key)
        if listing.session:
            page = session_pages.setdefault(listing.session, listing.page)
            if page != listing.page:
                problems.append(
                    f"{listing.where}: session {listing.session!r} is also used on "
                    f"docs/{page}; markdown-exec would share its state across pages"
                )
    assert not problems, "\n".join(problems)


def test_a_copy_imports_nothing_of_the_project():
    """A reader has numpy, matplotlib and scikit-learn, not this project."""
    problems = []
    for listing in VISIBLE:
        copy = copy_of(listing, chain_of(listing.chain)).text
        if imported_modules(copy) & PROJECT:
            problems.append(
                f"{listing.where}: the copy of {listing.id!r} imports "
                f"{sorted(imported_modules(copy) & PROJECT)}, which a reader lacks"
            )
    assert not problems, "\n".join(problems)


def test_every_copy_is_its_chains_program_cut_at_it():
    """So the chain's one run covers every copy: a copy holds the chain's
    visible listings up to it, as the chain's program holds them, and only the
    copied listing's own figure is shown (the line that shows figures again
    stands right before it)."""
    for listing in VISIBLE:
        chain = chain_of(listing.chain)
        copy, program = copy_of(listing, chain), chain_program(chain)
        mine = [part for x, part in copy.sections() if x]
        whole = [part for x, part in program.sections() if x]
        assert mine[:-1] == whole[: len(mine) - 1], listing.where
        code = listing.code.rstrip("\n")
        assert mine[-1].rstrip("\n").endswith(code), listing.where
        assert whole[len(mine) - 1].rstrip("\n").endswith(code), listing.where
        assert copy.text.rstrip("\n").endswith(code), listing.where
        shows = [i for i, (x, _) in enumerate(copy.sections()) if x is None]
        if copy.hides_figures:  # hidden from the top, shown again before it
            assert shows == [0, len(copy.sections()) - 2], listing.where
        else:
            assert not shows and "plt.show(" not in "".join(mine[:-1]), listing.where


def test_the_reader_environment_has_no_project():
    """The copies run where `import snippets` fails, as on a reader's machine."""
    done = run_as_a_reader("import numpy, matplotlib, sklearn\nimport snippets\n")
    assert "No module named 'snippets'" in done.stderr, done.stderr


def test_a_listing_that_continues_others_says_its_copy_brings_them(site):
    """Above every shown listing that continues others, a note says the copy
    button copies them too (their number and a link to the first); above no
    other listing."""
    for listing in VISIBLE:
        note = continues_note_above(page_html(site, listing.page), listing.id)
        earlier = copy_of(listing, chain_of(listing.chain)).earlier
        if not earlier:
            assert note is None, f"{listing.where}: continues nothing, but says it does"
        else:
            assert note == (len(earlier), earlier[0].id), (
                f"{listing.where}: continues {len(earlier)} listings from "
                f"{earlier[0].id!r}; its note says {note}"
            )
