"""Run session chains, each in a fresh process, on every core.

A chain is a list of listings' code that share one interpreter (markdown-exec's
`session=`). Each chain runs in its own process, forked from a worker that has
already imported numpy and matplotlib (one worker per core, kept warm across
the rebuilds of `mkdocs serve`, ended with the build; POSIX only), so:

- chains cannot leak state into each other, and the order or number of workers
  cannot change what they print: a parallel build equals a serial one;
- a chain pays for its own code only, not for importing numpy again.

In the process, each listing runs as `__main__` in a temporary working folder,
with stdout captured per listing (everything printed, also by helper modules),
and the files of the project it imported or opened are recorded, so the cache
knows which source files an output depends on.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import io
import linecache
import multiprocessing
import os
import pickle
import select
import signal
import sys
import tempfile
import time
import traceback
import types
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, redirect_stdout
from dataclasses import dataclass, field
from hashlib import sha256
from pathlib import Path

# Figures: a listing's plt.show() prints the figure as inline SVG into the page.
BACKEND = "module://engine.svg_backend"
# Imported once by each worker, before any chain is forked from it; never
# snippets/, whose files change while `mkdocs serve` keeps the workers.
PRELOAD = ["numpy", "matplotlib", "matplotlib.pyplot", "engine.warm"]
PR_SET_PDEATHSIG = 1  # prctl(2)
CHAIN_TIMEOUT = 600  # seconds; a runaway loop fails the build instead of hanging it
ENGINE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Outcome:
    """What one listing did: its printed output, or the traceback it raised."""

    output: str
    error: str | None = None
    # Files of the project the chain had imported or opened by the end of this
    # listing (path relative to the project → sha256 of its bytes, or None if
    # it was not there).
    depends: dict[str, str | None] = field(default_factory=dict)
    transient: bool = False  # the process died or timed out: never cached


@dataclass
class Chain:
    codes: list[str]
    names: list[str]  # shown in tracebacks: "<code block: … id seed-descent>"


def _failed(codes: list[str], message: str) -> list[Outcome]:
    return [Outcome("", message, transient=True) for _ in codes]


def file_digest(path: Path) -> str | None:
    try:
        return sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


_INSTALLED = tuple(
    {os.path.join(os.path.realpath(p), "") for p in (sys.prefix, sys.base_prefix)}
)


def _installed(path: str) -> bool:
    """Part of the Python installation or its packages (a .venv inside the project too)."""
    return path.startswith(_INSTALLED) or f"{os.sep}site-packages{os.sep}" in path


def _project_files(root: str, opened: set[str], digests: dict) -> dict[str, str | None]:
    """Digests of the project's files that are imported modules or were opened."""
    paths = set(opened)
    paths.update(
        getattr(module, "__file__", None) or "" for module in list(sys.modules.values())
    )
    found = {}
    for path in paths:
        if not path.startswith(root) or path.endswith(".pyc") or _installed(path):
            continue  # the standard library, numpy, …: covered by the fingerprint
        relative = os.path.relpath(path, root)
        if relative.split(os.sep, 1)[0] in {"build", "site"}:
            continue
        if path not in digests:
            digests[path] = file_digest(Path(path))
        # None: a file the listing tried to open and did not find; if it
        # appears, the listing must run again.
        found[Path(relative).as_posix()] = digests[path]
    return found


def _run_listings(codes: list[str], names: list[str], root: str) -> list[Outcome]:
    """Run one chain in this process (a fresh one: see run_chains)."""
    project = os.path.realpath(root)
    opened: set[str] = set()
    digests: dict[str, str | None] = {}

    def record(event, args):
        if event == "open" and isinstance(args[0], str):
            opened.add(os.path.abspath(args[0]))

    sys.addaudithook(record)
    os.environ["MPLBACKEND"] = BACKEND
    if "matplotlib" in sys.modules:  # preloaded before MPLBACKEND was set
        sys.modules["matplotlib"].use(BACKEND)
    main = types.ModuleType("__main__")
    sys.modules["__main__"] = main
    sys.path.insert(0, project)
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="listing-") as folder:
        os.chdir(folder)  # files a listing writes land here, and go
        for code, name in zip(codes, names, strict=True):
            printed, error = _run_listing(code, name, main)
            read = _project_files(project + os.sep, opened, digests)
            outcomes.append(Outcome(printed, error, read))
    return outcomes


def _run_listing(code: str, name: str, main) -> tuple[str, str | None]:
    """Run one listing in `main`'s namespace: (what it printed, its traceback)."""
    linecache.cache[name] = (len(code), None, code.splitlines(True), name)
    printed, error = io.StringIO(), None
    try:
        with redirect_stdout(printed):
            exec(compile(code, name, "exec"), main.__dict__)
    except BaseException as raised:
        # The traceback from the listing's own frame on, as Python prints it.
        frames = traceback.extract_tb(raised.__traceback__)[1:]
        error = "Traceback (most recent call last):\n" + "".join(
            traceback.format_list(frames)
        )
        error += "".join(traceback.format_exception_only(raised))
    return printed.getvalue(), error


def _run_isolated(codes: list[str], names: list[str], root: str) -> list[Outcome]:
    """Run a chain in a child forked from this worker, which never runs listings
    itself: every chain starts from the same clean, preloaded state."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(reader)
        try:
            payload = pickle.dumps(_run_listings(codes, names, root))
            with os.fdopen(writer, "wb") as pipe:
                pipe.write(payload)
        finally:
            os._exit(0)
    os.close(writer)
    deadline = time.monotonic() + CHAIN_TIMEOUT
    chunks = []
    with os.fdopen(reader, "rb") as pipe:
        while True:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([pipe], [], [], left)[0]:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return _failed(codes, f"timed out after {CHAIN_TIMEOUT} s")
            chunk = pipe.read1(1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    _, status = os.waitpid(pid, 0)
    if not chunks:
        code = os.waitstatus_to_exitcode(status)
        return _failed(codes, f"the process running this chain died (exit code {code})")
    return pickle.loads(b"".join(chunks))


_pool: dict = {}  # the warm workers, kept across the builds of one `mkdocs serve`


def _prepare_worker(build: int) -> None:
    """Once in each new worker: end with the build that started it, and preload."""
    with contextlib.suppress(OSError, AttributeError):  # Linux: even after a SIGKILL
        ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != build:  # the build ended before prctl took effect
        os._exit(0)
    for name in PRELOAD:
        importlib.import_module(name)


def _workers(count: int, key: str) -> ProcessPoolExecutor:
    """Fresh interpreters that preloaded numpy and matplotlib, one per core.

    `key` is the environment's fingerprint: after `pip install --upgrade` (or an
    edit of the engine) new workers start, with the new libraries loaded."""
    if _pool.get("key") != (count, key):
        if _pool.get("executor"):
            _pool["executor"].shutdown(wait=False, cancel_futures=True)
        executor = ProcessPoolExecutor(
            count,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_prepare_worker,
            initargs=(os.getpid(),),
        )
        _pool.update(key=(count, key), executor=executor)
    return _pool["executor"]


@contextmanager
def _main_script_hidden():
    """multiprocessing has each new worker re-run the parent's main script
    (`mkdocs`, a benchmark) unless the script guards itself; the workers need
    nothing from it, so it is hidden while they start."""
    main = sys.modules["__main__"]
    path = main.__dict__.pop("__file__", None) if main.__spec__ is None else None
    try:
        yield
    finally:
        if path is not None:
            main.__file__ = path


def _submit(chains: list[Chain], root: Path, workers: int, key: str) -> dict:
    """Hand every chain to the workers; a pool broken since the last build
    (a worker killed while idle) is replaced once."""
    for attempt in (1, 2):
        executor = _workers(workers, key)
        try:
            with _main_script_hidden():  # workers start on the first submits
                return {
                    executor.submit(_run_isolated, c.codes, c.names, str(root)): index
                    for index, c in enumerate(chains)
                }
        except BrokenProcessPool:
            _pool.clear()
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


def run_chains(chains: list[Chain], root: Path, workers: int | None, key: str):
    """Run every chain, `workers` at once (default: every core); yield (index,
    outcomes) as they end. `key` names the environment (the cache fingerprint).

    A chain whose process dies or runs past CHAIN_TIMEOUT gets an error outcome
    for each of its listings; nothing hangs, nothing is lost silently.
    """
    if not chains:
        return
    futures = _submit(chains, root, workers or os.cpu_count() or 1, key)
    for future in as_completed(futures):
        index = futures[future]
        try:
            yield index, future.result()
        except BrokenProcessPool:
            _pool.clear()
            yield index, _failed(chains[index].codes, "a build worker died")
