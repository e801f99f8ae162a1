"""Builds are byte-identical: cold or cached, serial or parallel.

The suite's `site` was built with this checkout's cache (warm or cold), chains
in parallel. A cold build, one chain at a time, with a cache of its own must
equal it. (A build that takes most listings from a cache equals it too:
tests/test_build_cache.py checks that on the pages its edits do not reach.)
"""

from __future__ import annotations

import hashlib

import pytest

from listings import ROOT, build_site

pytestmark = pytest.mark.reruns


def digests(site):
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def differing(first, second) -> list[str]:
    one, two = digests(first), digests(second)
    return sorted(
        name for name in one.keys() | two.keys() if one.get(name) != two.get(name)
    )


def test_a_cold_serial_build_is_byte_identical(site, tmp_path):
    cache = str(tmp_path / "cache")
    cold = build_site(ROOT, tmp_path / "cold", BUILD_CACHE_DIR=cache, BUILD_WORKERS="1")
    assert cold.returncode == 0, cold.stderr
    assert "0 from cache" in cold.stderr, "the cold build took listings from a cache"
    assert not differing(site, tmp_path / "cold"), (
        f"a cold, serial build differs: {differing(site, tmp_path / 'cold')}"
    )
