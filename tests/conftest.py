from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from listings import ROOT, all_listings


def build_site(project: Path, site_dir: Path) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of a project folder, as CI and readers run it."""
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "--site-dir",
            str(site_dir),
        ],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=1200,
    )


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
