"""One name per lesson: docs/<section>/<name>.md ↔ snippets/<name>/ ↔ tests/test_<name>.py.

A lesson's listings live in its own snippets package and its oracle checks in
its own test file, so a reader of either knows where the other is.
"""

from __future__ import annotations

import re

from engine.pages import is_lesson, oracle_tests, package_name, site_pages
from listings import DOCS, ROOT

LESSONS = [page for page in site_pages(DOCS) if is_lesson(page)]
HELPERS = {"__pycache__"}  # folders under snippets/ that are not lesson packages
INCLUDE = re.compile(r'--8<-- "snippets/([^/"]+)/')


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
        f"docs/{page}: includes snippets/{package}/, not snippets/{package_name(page)}/"
        for page in LESSONS
        for package in INCLUDE.findall((DOCS / page).read_text(encoding="utf-8"))
        if package != package_name(page)
    ]
    assert not problems, "\n".join(problems)
