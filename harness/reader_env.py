"""A reader's Python: numpy, matplotlib and scikit-learn at the lock's versions,
and nothing of this project.

The home page tells readers to save a copy as `lesson.py` and run it with
those three packages installed. The tests run the copies here, not in the
project's `.venv` (where `snippets` imports from anywhere), so a copy that
leans on the project fails the suite instead of the reader.

The environment is made once, in build/reader-env/, from the entries of
requirements.lock that the three packages need (found through the lock's
own "# via" notes), hashes checked; it is made again when the lock changes.

    python -m harness.reader_env   # make it now; prints its python
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

from filelock import FileLock

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements.lock"
HOME = ROOT / "build" / "reader-env"
PYTHON = HOME / "bin" / "python"
STAMP = HOME / ".made-from-lock"
LOCK_COPY = HOME / "requirements.lock"  # the entries it was made from


def _name(requirement: str) -> str:
    """The normalised project name of "scikit-learn>=1.5" or "Pillow==11.0"."""
    return re.sub(r"[-_.]+", "-", re.match(r"[\w.-]+", requirement)[0]).lower()


def reader_packages() -> list[str]:
    """The project's runtime dependencies (pyproject's `dependencies`)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return [_name(x) for x in project["project"]["dependencies"]]


def _entries(lock: str) -> dict[str, tuple[str, set[str]]]:
    """name → (its entry in the lock, the names it is there for)."""
    entries = {}
    for block in re.split(r"\n(?=[A-Za-z0-9])", lock):
        if "==" not in block.split("\n", 1)[0]:
            continue
        name = _name(block)
        notes = re.findall(r"^\s*#\s+(?:via\s+)?([\w.-]+)\s*$", block, re.M)
        via = {_name(x) for x in notes if x != "via"}
        requirement = "\n".join(x for x in block.splitlines() if "#" not in x)
        entries[name] = (requirement.rstrip(" \\\n"), via)
    return entries


def reader_lock(lock: str, wanted: list[str]) -> str:
    """The entries of the lock that `wanted` and what they need consist of."""
    entries = _entries(lock)
    missing = [x for x in wanted if x not in entries]
    if missing:
        raise LookupError(f"requirements.lock pins no {missing}: run `make lock`")
    needed = set(wanted)
    while True:  # an entry is needed when something needed is why it is there
        more = {n for n, (_, via) in entries.items() if via & needed} - needed
        if not more:
            break
        needed |= more
    return "\n".join(entries[n][0] for n in sorted(needed)) + "\n"


def ensure() -> Path:
    """The reader environment's python, made first if the lock changed."""
    lock = reader_lock(LOCK.read_text(encoding="utf-8"), reader_packages())
    digest = hashlib.sha256(lock.encode()).hexdigest()
    HOME.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(HOME) + ".lock"):  # xdist workers wait for one maker
        if STAMP.exists() and STAMP.read_text() == digest:
            return PYTHON
        venv.EnvBuilder(clear=True, with_pip=True).create(HOME)
        LOCK_COPY.write_text(lock, encoding="utf-8")
        subprocess.run(
            [
                *(str(PYTHON), "-m", "pip", "install", "--quiet", "--require-hashes"),
                *("--no-deps", "--disable-pip-version-check", "-r", str(LOCK_COPY)),
            ],
            check=True,
        )
        STAMP.write_text(digest)
    return PYTHON


if __name__ == "__main__":
    sys.stdout.write(f"{ensure()}\n")
