"""Dates: `SOURCE_DATE_EPOCH` is the commit time, so two builds of one commit
match byte for byte (the sitemap carries a date). Figures are made deterministic
by engine/svg_backend.py.
"""

from __future__ import annotations

import os
import subprocess


def _commit_time() -> str:
    try:
        return subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def on_startup(**kwargs):
    os.environ.setdefault("SOURCE_DATE_EPOCH", _commit_time() or "0")
