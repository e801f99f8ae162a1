"""A working copy of the project, for checks and benchmarks that change files.

Everything but what builds and installs make (.git, .venv, site/, build/,
caches); the pinned KaTeX is linked, not copied; the build cache is copied on
request, so a build of the copy runs only what differs from the original.
"""

from __future__ import annotations

import shutil
from pathlib import Path

LEFT_BEHIND = shutil.ignore_patterns(
    ".git", ".venv", "site", "build", "node_modules", "__pycache__", ".*_cache"
)
CACHE = Path("build") / "cache"


def copy_project(root: Path, project: Path, *, with_cache: bool = True) -> Path:
    shutil.copytree(root, project, ignore=LEFT_BEHIND)
    if with_cache and (root / CACHE).exists():
        shutil.copytree(root / CACHE, project / CACHE)
    if (root / "node_modules").exists():  # the pinned KaTeX, installed by make
        (project / "node_modules").symlink_to(root / "node_modules")
    return project
