from __future__ import annotations

from pathlib import Path

import pytest

from listings import ROOT, all_listings, build_site


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site built once from this checkout; the build's own log on failure."""
    site_dir = tmp_path_factory.mktemp("site")
    done = build_site(ROOT, site_dir)
    if done.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{done.stderr}", pytrace=False)
    return site_dir


def pytest_terminal_summary(terminalreporter):
    listings = all_listings()
    executed = sum(listing.executed for listing in listings)
    terminalreporter.write_line(
        f"docs/: {len(listings)} code blocks found, {executed} executed listings "
        f"run as a reader would, {len(listings) - executed} marked not to run"
    )
