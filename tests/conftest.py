from __future__ import annotations

import os
from pathlib import Path

import pytest
from filelock import FileLock

from listings import ROOT, all_listings, build_site


def pytest_addoption(parser):
    parser.addoption(
        "--screenshots",
        action="store_true",
        help="save screenshots of every page to build/screenshots/ (make screenshots)",
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory, request) -> Path:
    """The site built once from this checkout, shared by every xdist worker;
    the build's own log on failure. SITE_UNDER_TEST names a site built
    already (tests/site/test_checks_bite.py runs checks in a copy it has built)."""
    if os.environ.get("SITE_UNDER_TEST"):
        return Path(os.environ["SITE_UNDER_TEST"])
    shared = tmp_path_factory.getbasetemp()
    if hasattr(request.config, "workerinput"):  # an xdist worker of this session
        shared = shared.parent  # the folder all its workers' temp folders live in
    site_dir, failed = shared / "site", shared / "site-build-failed.log"
    with FileLock(shared / "site.lock"):
        if not (shared / "site-built").exists() and not failed.exists():
            done = build_site(ROOT, site_dir)
            if done.returncode == 0:
                (shared / "site-built").touch()
            else:
                failed.write_text(done.stderr, encoding="utf-8")
    if failed.exists():
        log = failed.read_text(encoding="utf-8")
        pytest.fail(f"mkdocs build --strict failed:\n{log}", pytrace=False)
    return site_dir


def pytest_terminal_summary(terminalreporter):
    listings = all_listings()
    executed = [listing for listing in listings if listing.executed]
    visible = sum(listing.shows_code for listing in executed)
    terminalreporter.write_line(
        f"docs/: {len(listings)} code blocks found: {visible} visible listings run "
        f"in a reader's Python, {len(executed) - visible} page-only listings run "
        f"by the build, {len(listings) - len(executed)} marked not to run"
    )
