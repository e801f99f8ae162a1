"""Make every build run lesson code the same way, so two builds match byte for byte.

- Figures: matplotlib draws with `snippets.svg_backend`, whose `plt.show()` prints
  the figure as inline SVG (ids salted, no dates, text kept as text).
- Dates: `SOURCE_DATE_EPOCH` is the commit time, so the sitemap does not
  change from one build to the next.
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
    os.environ["MPLBACKEND"] = "module://snippets.svg_backend"
    os.environ.setdefault("SOURCE_DATE_EPOCH", _commit_time() or "0")
