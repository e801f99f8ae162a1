"""Every code block in docs/ runs as a reader would run it and prints what the page shows."""

from __future__ import annotations

import re

import pytest

from listings import DOCS, all_listings, pages, run_as_reader, shown_on_page

EXECUTED = [listing for listing in all_listings() if listing.executed]


@pytest.mark.parametrize("listing", EXECUTED, ids=str)
def test_listing_prints_what_the_page_shows(listing, site, tmp_path):
    printed = run_as_reader(listing, cwd=tmp_path)
    shown = shown_on_page(site, listing)
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
    for page in pages():
        name = page.relative_to(DOCS).as_posix()
        for line in _fence_openers(page.read_text(encoding="utf-8")):
            if (name, line) not in collected:
                problems.append(f"docs/{name}:{line}: fence the collector did not see")
    for listing in all_listings():
        if not listing.executed and not listing.marks:
            problems.append(
                f"{listing.where}: a {listing.language or 'plain'} fence that is "
                'neither executed (exec="on") nor marked <!--pytest.mark.skip(reason=...)-->'
            )
    assert not problems, "\n".join(problems)


def test_executed_listings_have_unique_ids_and_page_local_sessions():
    problems, seen_ids, session_pages = [], set(), {}
    for listing in EXECUTED:
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
