"""Builds are byte-identical: cold or cached, serial or parallel.

The suite's `site` was built with this checkout's cache (warm or cold). A cold
build, one chain at a time, with a cache of its own must equal it; so must a
build that takes every listing from that new cache, chains in parallel.
"""

from __future__ import annotations

import hashlib

from listings import ROOT, build_site


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


def test_cold_serial_and_cached_parallel_builds_are_byte_identical(site, tmp_path):
    cache = str(tmp_path / "cache")
    cold = build_site(ROOT, tmp_path / "cold", BUILD_CACHE_DIR=cache, BUILD_WORKERS="1")
    assert cold.returncode == 0, cold.stderr
    assert "0 from cache" in cold.stderr, "the cold build took listings from a cache"
    assert not differing(site, tmp_path / "cold"), (
        f"a cold, serial build differs: {differing(site, tmp_path / 'cold')}"
    )
    cached = build_site(ROOT, tmp_path / "cached", BUILD_CACHE_DIR=cache)
    assert cached.returncode == 0, cached.stderr
    assert " 0 run in" in cached.stderr, "the cached build ran listings again"
    assert not differing(site, tmp_path / "cached"), (
        f"a cached build differs: {differing(site, tmp_path / 'cached')}"
    )
