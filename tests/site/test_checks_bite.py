"""The checks bite: plant faults in a copy of the project and watch them fail.

Each fault breaks one lesson the way a careless edit would, on a page of its
own, so faults that do not interfere share one copy and one build:

- Faults the build itself must catch (a derivative its verified line rejects,
  a block that raises) share a copy whose `mkdocs build --strict` must fail
  and name every one of their pages.
- Faults only the tests can catch (a wrong update rule, a copy that imports
  the project's own helpers) are planted in the copy that
  tests/site/test_build_cache.py builds anyway; the checks of their lessons then
  run in that copy against its site, and each fault must fail a check that
  names its page.

The copies get this checkout's listing cache, so their builds re-run only what
the faults touch.
"""

from __future__ import annotations

import pytest

from listings import build_site, copy_project
from planted_faults import BUILD_FAULTS, plant

pytestmark = pytest.mark.reruns


def test_faults_the_build_catches_fail_it_naming_each_page(tmp_path, site):
    # `site`: this checkout is built first, so the copy's cache is warm.
    project = plant(copy_project(tmp_path), BUILD_FAULTS)
    done = build_site(project, tmp_path / "site")
    assert done.returncode != 0, "the build passed with faults planted"
    for fault, (*_, page) in BUILD_FAULTS.items():
        assert page in done.stderr, (
            f"{fault}: the build does not name {page}:\n{done.stderr}"
        )
