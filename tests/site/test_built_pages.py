"""What every built page must be, whatever it teaches: within its size budget
as it goes over the wire, and valid enough that links and screen readers work
(no id twice, so no link or label can reach the wrong element)."""

from __future__ import annotations

import gzip
import re
from collections import Counter

import pytest

from engine.pages import KB, PAGE_BUDGET
from harness.static_site import page_paths


@pytest.mark.parametrize("path", page_paths())
def test_page_is_within_budget_and_has_unique_ids(path, site):
    html = (site / path / "index.html").read_text(encoding="utf-8")
    where = path or "home"
    sent = len(gzip.compress(html.encode(), 9))
    assert sent <= PAGE_BUDGET["gzip"], (
        f"{where}: {sent / KB:.1f} KB gzipped, over {PAGE_BUDGET['gzip'] // KB} KB"
    )
    ids = Counter(re.findall(r'\sid="([^"]+)"', html))
    twice = sorted(name for name, count in ids.items() if count > 1)
    assert not twice, f"{where}: ids used more than once: {twice}"
