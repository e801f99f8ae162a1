from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from filelock import FileLock

from listings import ROOT, SHARED_RUNS, all_listings, build_site


def pytest_configure(config):
    """One folder for the session's reader runs, made before xdist starts its
    workers (they inherit it), removed at the end."""
    if SHARED_RUNS not in os.environ:
        config._reader_runs = tempfile.mkdtemp(prefix="reader-runs-")
        os.environ[SHARED_RUNS] = config._reader_runs


def pytest_unconfigure(config):
    if hasattr(config, "_reader_runs"):
        shutil.rmtree(config._reader_runs, ignore_errors=True)
        del os.environ[SHARED_RUNS]


def pytest_addoption(parser):
    parser.addoption(
        "--screenshots",
        action="store_true",
        help="save screenshots of every page to build/screenshots/ (make screenshots)",
    )


def pytest_runtest_setup(item):
    """Fail a grouped test if `--dist loadgroup` stopped grouping: xdist marks
    it by suffixing its id with @group, which pytest 9.2 silently undoes
    (pytest-xdist#1386), and the whole-course copy is then built twice."""
    grouped = item.get_closest_marker("xdist_group")
    if grouped and item.config.getoption("loadgroup", False) and "@" not in item.nodeid:
        pytest.fail(
            f"--dist loadgroup no longer groups {item.nodeid}: check the pytest "
            "and pytest-xdist versions (pytest-xdist#1386)",
            pytrace=False,
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
