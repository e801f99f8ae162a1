"""A working copy of the project, for checks and benchmarks that change files.

Everything but what builds and installs make (.git, .venv, site/, build/,
caches); the pinned KaTeX and the reader's Python are linked, not copied; the
build cache is copied on request, so a build of the copy runs only what
differs from the original.
"""

from __future__ import annotations

import shutil
from pathlib import Path

# Made by git, make, builds and test runs: at the top level only (tests/site/
# is a folder of tests, site/ a build).
TOP_LEVEL = {".git", ".venv", "site", "build", "node_modules"}
ANYWHERE = shutil.ignore_patterns("__pycache__", ".*_cache")
CACHE = Path("build") / "cache"
LINKED = ("node_modules", "build/reader-env")  # made by make and the tests


def copy_project(root: Path, project: Path, *, with_cache: bool = True) -> Path:
    def left_behind(folder: str, names: list[str]) -> set[str]:
        top = TOP_LEVEL if Path(folder) == root else set()
        return top | ANYWHERE(folder, names)

    shutil.copytree(root, project, ignore=left_behind)
    if with_cache and (root / CACHE).exists():
        shutil.copytree(root / CACHE, project / CACHE)
    for name in LINKED:
        if (root / name).exists():
            (project / name).parent.mkdir(parents=True, exist_ok=True)
            (project / name).symlink_to(root / name)
    return project
