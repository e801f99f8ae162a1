"""A content-addressed store of what each listing printed.

An entry's key is the sha256 of the environment's fingerprint and the code of
the listing together with every earlier listing of its chain, so a change to a
listing re-runs its chain and no other. The entry records the project files
the chain had imported or opened by then (snippets modules, data, files it
looked for and did not find) with their digests; if any of them changed since,
the entry is stale and the chain runs again. What the engine cannot see is not
tracked: a module a listing failed to import, a file it only stat-ed, the
clock, the network. The lessons use none of these; CI builds without a cache.

Entries are small JSON files under one folder (git-ignored, outside docs/ and
site/), written atomically. An entry that cannot be read or parsed is treated
as missing: it is run again and overwritten, never served, never a crash.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from engine.runner import ENGINE, Outcome, file_digest


def installed_packages() -> list[str]:
    """Every installed distribution with its version, as its metadata folder
    names it ("numpy-2.1.3.dist-info"): cheaper than reading each one's metadata."""
    found = set()
    for folder in sys.path:
        with contextlib.suppress(OSError):
            found.update(
                name
                for name in os.listdir(folder or ".")
                if name.endswith((".dist-info", ".egg-info"))
            )
    return sorted(found)


def fingerprint(settings: dict[str, str] | None = None) -> str:
    """What every output depends on besides the project's files.

    The Python build, every installed distribution with its version (numpy and
    matplotlib among them), the engine's own source (the runner and the SVG
    backend decide what is printed, and the backend holds the SVG salt), and
    the build's execution settings.
    """
    parts = [
        sys.version,
        platform.platform(),
        json.dumps(settings or {}, sort_keys=True),
    ]
    parts += installed_packages()
    parts += [
        f"{path.name}:{file_digest(path)}" for path in sorted(ENGINE.glob("*.py"))
    ]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def cache_settings(project: Path, environ) -> tuple[Path, bool]:
    """(the build cache's folder, whether to read it) from the environment.

    BUILD_CACHE_DIR moves the cache (default: build/cache in the project);
    BUILD_CACHE=off runs everything afresh, and stores what it ran.
    """
    folder = Path(environ.get("BUILD_CACHE_DIR") or project / "build" / "cache")
    return folder, environ.get("BUILD_CACHE", "").lower() not in {"off", "0", "no"}


class ListingCache:
    def __init__(self, folder: Path, fingerprint: str, root: Path, *, read=True):
        """read=False: serve nothing, run everything, store what runs (a clean run)."""
        self.folder, self.fingerprint, self.root, self.read = (
            folder,
            fingerprint,
            root,
            read,
        )
        self._digests: dict[str, str | None] = {}  # files read once per build

    def _digest(self, name: str) -> str | None:
        if name not in self._digests:
            self._digests[name] = file_digest(self.root / name)
        return self._digests[name]

    def key(self, codes: list[str]) -> str:
        """The key of the last listing in `codes`, after the ones before it."""
        digest = hashlib.sha256(self.fingerprint.encode())
        for code in codes:
            digest.update(b"\0listing\0" + code.encode())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def get(self, key: str) -> Outcome | None:
        """The stored outcome, if there is one and every file it read is unchanged."""
        if not self.read:
            return None
        try:
            entry = json.loads(self._path(key).read_text(encoding="utf-8"))
            outcome = Outcome(
                output=entry["output"],
                error=entry["error"],
                depends=dict(entry["depends"]),
            )
            if not isinstance(outcome.output, str):
                return None
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing, unreadable or corrupt: run it again
        return outcome if self._unchanged(outcome) else None

    def _unchanged(self, outcome: Outcome) -> bool:
        """Every project file the chain read still has the digest it had then."""
        return all(
            self._digest(name) == digest for name, digest in outcome.depends.items()
        )

    def put(self, key: str, outcome: Outcome, started: float) -> None:
        """Store an outcome, unless a file it read changed after `started` (the
        time its chain began): it may have printed what the old file said."""
        for name in outcome.depends:
            with contextlib.suppress(OSError):
                if (self.root / name).stat().st_mtime > started:
                    return
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        entry = {
            "output": outcome.output,
            "error": outcome.error,
            "depends": outcome.depends,
        }
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            json.dump(entry, file)
        os.replace(temporary, path)  # readers see the old entry or the new one

    def prune(self, used: set[str]) -> int:
        """Delete every entry not in `used`, and temporary files an hour old
        (a younger one may be another build's entry being written)."""
        if not self.folder.is_dir():
            return 0
        removed, an_hour_ago = 0, time.time() - 3600
        for path in self.folder.glob("*/*"):
            stale_tmp = path.suffix == ".tmp" and path.stat().st_mtime < an_hour_ago
            if (path.suffix == ".json" and path.stem not in used) or stale_tmp:
                path.unlink(missing_ok=True)
                removed += 1
        return removed
