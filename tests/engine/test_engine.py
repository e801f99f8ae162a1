"""The engine's cache and runner, in-process, on a tiny project of their own.

Each cache check is a function that returns the problems it finds; a test runs
it against the real cache and expects none, then against a cache with one
planted fault and expects it to complain: the checks bite.
"""

from __future__ import annotations

import json

import pytest

import engine.cache
from engine.cache import ListingCache, fingerprint
from engine.execute import execute
from engine.pages import Listing


def listing(page: str, line: int, code: str, session: str = "") -> Listing:
    options = {"id": f"l{line}", **({"session": session} if session else {})}
    return Listing(page, line, options, code)


def outputs(execution, listings) -> list[str]:
    return [execution.outcome(x).output for x in listings]


@pytest.fixture
def project(tmp_path):
    (tmp_path / "helper.py").write_text('TEXT = "first"\n', encoding="utf-8")
    return tmp_path


def run(project, listings, cache_class=ListingCache, env="env-1", workers=2):
    cache = cache_class(project / "cache", env, project)
    return execute(listings, cache, project, workers=workers)


# ── Planted faults ───────────────────────────────────────────────────────────
class IgnoresDependencies(ListingCache):
    """Serves an entry even when a file it read has changed since."""

    def _unchanged(self, outcome):
        return True


class KeysOnOwnCodeOnly(ListingCache):
    """Keys a listing by its own code, forgetting the listings it continues."""

    def key(self, codes):
        return super().key(codes[-1:])


class CrashesOnCorruptEntries(ListingCache):
    def get(self, key):
        if self._path(key).exists():
            json.loads(self._path(key).read_text())  # raises on a corrupt entry
        return super().get(key)


# ── The checks ───────────────────────────────────────────────────────────────
def problems_after_helper_change(project, cache_class) -> list[str]:
    uses = listing("a.md", 1, "import helper\nprint(helper.TEXT)\n")
    other = listing("b.md", 1, "print('independent')\n")
    first = run(project, [uses, other], cache_class)
    (project / "helper.py").write_text('TEXT = "second"\n', encoding="utf-8")
    again = run(project, [uses, other], cache_class)
    problems = []
    if outputs(first, [uses]) != ["first\n"]:
        problems.append(f"first run printed {outputs(first, [uses])}")
    if again.outcome(uses).output != "second\n":
        problems.append(
            f"after the helper changed, the page shows {outputs(again, [uses])}"
        )
    if again.ran != 1 or again.from_cache != 1:
        problems.append(f"expected 1 run and 1 from cache: {again.summary()}")
    return problems


def problems_after_earlier_listings_change(project, cache_class) -> list[str]:
    """A session's later output follows its earlier listings: edited or removed.

    (Keys of a listing's own code alone pass the first half, since the edited
    listing's new key re-runs its chain; they fail the second.)"""

    def chain(*codes):
        return [listing("a.md", n, code, session="s") for n, code in enumerate(codes)]

    problems = []
    run(project, chain("x = 1\n", "x += 1\n", "print(x * 10)\n"), cache_class)
    edited = chain("x = 2\n", "x += 1\n", "print(x * 10)\n")
    execution = run(project, edited, cache_class)
    if (shown := outputs(execution, edited))[-1] != "30\n" or execution.ran != 3:
        problems.append(f"after the first listing changed the session shows {shown}")
    removed = chain("x = 2\n", "print(x * 10)\n")
    if (shown := outputs(run(project, removed, cache_class), removed))[-1] != "20\n":
        problems.append(f"after a listing was removed the session shows {shown}")
    return problems


def problems_after_version_change(project, monkeypatch, fingerprint_of) -> list[str]:
    code = [listing("a.md", 1, "print('hello')\n")]
    run(project, code, env=fingerprint_of())
    installed = engine.cache.installed_packages()
    assert any(name.startswith("numpy-") for name in installed), installed
    upgraded = [  # as after `pip install --upgrade numpy`
        "numpy-99.0.dist-info" if name.startswith("numpy-") else name
        for name in installed
    ]
    monkeypatch.setattr(engine.cache, "installed_packages", lambda: upgraded)
    again = run(project, code, env=fingerprint_of())
    return (
        [] if again.ran == 1 else [f"a new numpy reused old outputs: {again.summary()}"]
    )


def problems_with_corrupt_entries(project, cache_class) -> list[str]:
    code = [listing("a.md", 1, "print('hello')\n")]
    run(project, code, cache_class)
    for entry in (project / "cache").glob("*/*.json"):
        entry.write_text('{"output": "stale", "err', encoding="utf-8")
    try:
        again = run(project, code, cache_class)
    except Exception as error:
        return [f"a corrupt entry crashed the build: {error!r}"]
    if again.ran != 1 or outputs(again, code) != ["hello\n"]:
        return [
            f"a corrupt entry was served: {again.summary()}, {outputs(again, code)}"
        ]
    return []


# ── The tests ────────────────────────────────────────────────────────────────
def test_a_changed_helper_module_reruns_the_listings_that_import_it(project):
    assert problems_after_helper_change(project, ListingCache) == []


def test_the_helper_check_bites(project):
    assert problems_after_helper_change(project, IgnoresDependencies)


def test_changing_earlier_listings_of_a_session_changes_the_later_ones(project):
    assert problems_after_earlier_listings_change(project, ListingCache) == []


def test_the_session_check_bites(project):
    assert problems_after_earlier_listings_change(project, KeysOnOwnCodeOnly)


def test_a_version_change_invalidates_everything(project, monkeypatch):
    assert problems_after_version_change(project, monkeypatch, fingerprint) == []


def test_the_version_check_bites(project, monkeypatch):
    def without_versions():  # a fingerprint that forgets the installed packages
        return "python only"

    assert problems_after_version_change(project, monkeypatch, without_versions)


def test_a_corrupt_cache_entry_is_run_again(project):
    assert problems_with_corrupt_entries(project, ListingCache) == []


def test_the_corruption_check_bites(project):
    assert problems_with_corrupt_entries(project, CrashesOnCorruptEntries)


# ── The runner ───────────────────────────────────────────────────────────────
def test_a_listing_that_raises_reports_its_traceback_and_the_chain_goes_on(project):
    chain = [
        listing("a.md", 3, "x = 1\nraise ValueError('planted')\n", session="s"),
        listing("a.md", 9, "print('after', x)\n", session="s"),
    ]
    execution = run(project, chain)
    error = execution.outcome(chain[0]).error
    assert "ValueError: planted" in error, error
    assert '"<code block: docs/a.md:3 id l3>", line 2' in error, error
    assert "raise ValueError('planted')" in error, error
    assert execution.outcome(chain[1]).output == "after 1\n"


def test_chains_share_no_state_and_parallel_equals_serial(project):
    listings = [
        listing("a.md", 1, "import json\njson.planted = 1\nprint('set')\n"),
        listing("b.md", 1, "import json\nprint(hasattr(json, 'planted'))\n"),
        *[listing("c.md", n, f"print({n} ** 2)\n") for n in range(2, 12)],
    ]
    serial = run(project, listings, env="serial", workers=1)
    parallel = run(project, listings, env="parallel", workers=2)
    assert outputs(serial, listings) == outputs(parallel, listings)
    assert serial.outcome(listings[1]).output == "False\n"


def test_a_process_that_dies_is_an_error_and_is_not_cached(project):
    code = [listing("a.md", 1, "import os\nos._exit(3)\n")]
    first = run(project, code)
    assert "died (exit code 3)" in first.outcome(code[0]).error
    assert run(project, code).ran == 1, "a crash was served from the cache"


def test_unused_entries_are_pruned(project):
    run(project, [listing("a.md", 1, "print(1)\n"), listing("b.md", 1, "print(2)\n")])
    run(project, [listing("a.md", 1, "print(1)\n")])
    assert len(list((project / "cache").glob("*/*.json"))) == 1


def test_a_file_edited_while_its_chain_runs_is_not_cached(project):
    # The listing rewrites its helper after reading it, as a save during a build would.
    code = [
        listing(
            "a.md",
            1,
            "import helper\nprint(helper.TEXT)\n"
            "open(helper.__file__, 'w').write('TEXT = \"second\"\\n')\n",
        )
    ]
    assert outputs(run(project, code), code) == ["first\n"]
    again = run(project, code)
    assert again.ran == 1, "an output read from an edited file was served"


def test_a_missing_file_that_appears_runs_the_listing_again(project):
    code = [
        listing(
            "a.md",
            1,
            "import pathlib, helper\n"
            "extra = pathlib.Path(helper.__file__).with_name('extra.txt')\n"
            "try:\n    print(extra.read_text())\nexcept FileNotFoundError:\n    print('none')\n",
        )
    ]
    assert outputs(run(project, code), code) == ["none\n"]
    (project / "extra.txt").write_text("found", encoding="utf-8")
    assert outputs(run(project, code), code) == ["found\n"]


def test_failures_are_not_cached(project):
    code = [listing("a.md", 1, "raise ValueError('planted')\n")]
    run(project, code)
    assert run(project, code).ran == 1
