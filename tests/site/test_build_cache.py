"""The build cache on the whole course, in one copy of the project and one build.

A copy of the project with this checkout's (warm) cache changes the sentence
snippets/verify.py prints under every verified derivative, garbles every
rendered notebook and a tenth of the listing entries in its cache, and carries
the faults only the tests can catch (tests/site/test_checks_bite.py). Its build must
succeed and:

- show the new sentence wherever this checkout's build shows the old one,
  while the listings that never import the helper still come from the cache;
- leave every page as this checkout's build has it, byte for byte, but for
  that sentence and the pages with a fault (a cached build equals a fresh one);
- fail the lessons' checks, each planted fault naming its page.

(tests/engine/test_engine.py checks the cache in miniature, and that each check bites.)
"""

from __future__ import annotations

import re

import pytest

from engine.pages import site_pages
from listings import DOCS, build_site, copy_project, page_html
from planted_faults import ORACLE_FAULTS, oracle_checks_fail, plant

OLD = "verified against central differences"
NEW = "verified (planted wording) against central differences"
FAULTY = {page.removeprefix("docs/") for *_, page in ORACLE_FAULTS.values()}
# One copy, one build, on one xdist worker.
pytestmark = [pytest.mark.reruns, pytest.mark.xdist_group("whole-course-copy")]


@pytest.fixture(scope="module")
def changed(tmp_path_factory, site):
    """(the copy, its build, its site) after the edits above."""
    # `site`: this checkout is built first, so the copy's cache is warm.
    tmp_path = tmp_path_factory.mktemp("changed")
    project = plant(copy_project(tmp_path), ORACLE_FAULTS)
    helper = project / "snippets" / "verify.py"
    source = helper.read_text(encoding="utf-8")
    assert OLD in source, (
        "snippets/verify.py no longer prints the line: update this test"
    )
    helper.write_text(source.replace(OLD, NEW), encoding="utf-8")
    cache = project / "build" / "cache"
    entries = sorted(cache.glob("listings/*/*.json"))[::10]
    for entry in [*entries, *cache.glob("notebook-html/*.json")]:
        entry.write_text('{"output": "garbled', encoding="utf-8")
    done = build_site(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    return project, done, tmp_path / "site"


def test_an_edited_helper_changes_every_page_that_uses_it(changed, site):
    _, done, changed_site = changed
    cached, ran = map(
        int, re.search(r"\((\d+) from cache, (\d+) run", done.stderr).groups()
    )
    assert cached > 0 and ran > 0, (
        f"expected some listings cached, some run: {done.stderr}"
    )
    shown = 0
    for page in site_pages(DOCS):
        before = page_html(site, page).count(OLD)  # this checkout's build
        after = page_html(changed_site, page)
        assert (after.count(NEW), after.count(OLD)) == (before, 0), (
            f"docs/{page}: {before} verified derivatives; after the helper changed, "
            f"{after.count(NEW)} show its new wording and {after.count(OLD)} the old"
        )
        shown += before
    assert shown >= 30, f"only {shown} verified derivatives on the whole site"


def test_what_the_edits_do_not_reach_is_byte_identical(changed, site):
    """A build that took most listings from the cache (and re-ran the garbled
    ones) equals this checkout's build, but for the helper's new wording and
    the pages with a planted fault."""
    _, _, changed_site = changed
    differ = [
        f"docs/{page}"
        for page in site_pages(DOCS)
        if page not in FAULTY
        and page_html(changed_site, page).replace(NEW, OLD) != page_html(site, page)
    ]
    assert not differ, f"pages differ beyond the helper's wording: {differ}"


def test_planted_faults_fail_the_checks_naming_their_pages(changed, tmp_path):
    project, _, changed_site = changed
    oracle_checks_fail(project, changed_site, tmp_path / "report.xml")
