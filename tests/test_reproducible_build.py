"""Two builds of the same commit are byte-identical."""

from __future__ import annotations

import hashlib

from conftest import build_site

from listings import ROOT


def digests(site):
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_two_builds_are_byte_identical(site, tmp_path):
    again = tmp_path / "site"
    # A cache of its own: the second build executes every notebook again too.
    done = build_site(ROOT, again, NOTEBOOK_CACHE=str(tmp_path / "notebook-cache"))
    assert done.returncode == 0, done.stderr
    first, second = digests(site), digests(again)
    differ = sorted(
        name
        for name in first.keys() | second.keys()
        if first.get(name) != second.get(name)
    )
    assert not differ, f"files that differ between two builds: {differ}"
