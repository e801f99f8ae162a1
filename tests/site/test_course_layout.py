"""One name per lesson: docs/<section>/<name>.md ↔ snippets/<name>/ ↔ tests/lessons/test_<name>.py.

A lesson's listings live in its own snippets package and its oracle checks in
its own test file, so a reader of either knows where the other is.

One exception, declared in SHARED: a lesson that builds on code another lesson
wrote may show that listing file again, byte for byte, instead of a copy that
could drift. The file stays in its own lesson's package (and under that
lesson's tests), that lesson's page shows it too, and the page borrowing it
links back to the page it comes from.
"""

from __future__ import annotations

import posixpath
import re

from engine.pages import is_lesson, oracle_tests, package_name, site_pages
from listings import DOCS, ROOT

LESSONS = [page for page in site_pages(DOCS) if is_lesson(page)]
HELPERS = {"__pycache__"}  # folders under snippets/ that are not lesson packages
INCLUDED_FILE = re.compile(r'--8<-- "(snippets/[^"]+)"')

# page → the listing files of other lessons it shows again (one source, two pages).
SHARED = {
    "deep-networks/multi-layer-network.md": {
        "snippets/chain_rule_and_backpropagation/value.py",  # the Value engine
    },
}


def test_every_lesson_has_its_package_and_its_test_file():
    problems = []
    for page in LESSONS:
        package = ROOT / "snippets" / package_name(page)
        if not (package / "__init__.py").is_file():
            problems.append(f"docs/{page}: no package snippets/{package_name(page)}/")
        if not (ROOT / oracle_tests(page)).is_file():
            problems.append(f"docs/{page}: no {oracle_tests(page)}")
    assert not problems, "\n".join(problems)


def test_every_lesson_package_belongs_to_a_lesson():
    packages = {path.name for path in (ROOT / "snippets").iterdir() if path.is_dir()}
    orphans = packages - HELPERS - {package_name(page) for page in LESSONS}
    assert not orphans, f"snippets packages with no lesson page: {sorted(orphans)}"


def test_a_lesson_includes_only_its_own_package():
    problems = [
        f"docs/{page}: includes {path}, not a file of snippets/{package_name(page)}/"
        for page in LESSONS
        for path in INCLUDED_FILE.findall((DOCS / page).read_text(encoding="utf-8"))
        if path.split("/")[1] != package_name(page) and path not in SHARED.get(page, ())
    ]
    assert not problems, "\n".join(problems)


def test_a_shared_listing_is_shown_by_its_own_lesson_and_linked_back():
    owners = {package_name(page): page for page in LESSONS}
    problems = []
    for page, paths in SHARED.items():
        text = (DOCS / page).read_text(encoding="utf-8")
        for path in paths:
            owner = owners.get(path.split("/")[1])
            if owner is None or not (ROOT / path).is_file():
                problems.append(f"docs/{page}: shares {path}, no lesson's listing file")
                continue
            if f'--8<-- "{path}"' not in (DOCS / owner).read_text(encoding="utf-8"):
                problems.append(f"docs/{owner} does not show {path} itself")
            link = posixpath.relpath(owner, posixpath.dirname(page))
            if f"]({link})" not in text:
                problems.append(f"docs/{page}: shows {path} without a link to {link}")
    assert not problems, "\n".join(problems)


def test_the_shared_listing_check_bites():
    page = "deep-networks/multi-layer-network.md"
    borrowed = '--8<-- "snippets/chain_rule_and_backpropagation/value.py"'
    assert INCLUDED_FILE.findall(borrowed)[0] in SHARED[page]
    other = '--8<-- "snippets/chain_rule_and_backpropagation/neuron.py"'
    assert INCLUDED_FILE.findall(other)[0] not in SHARED[page]
