"""Execute every listing of the course once: from the cache, or in a fresh process.

    execution = execute(listings, cache, root)
    execution.outcome(listing)   # what the page shows for it
    execution.summary()          # "listings: 139 (131 from cache, 8 run in 1.9 s)"

A chain comes from the cache only when every one of its listings does; else
the whole chain runs again (later listings need the state of earlier ones).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from engine.cache import ListingCache
from engine.pages import Listing, chains
from engine.runner import Chain, Outcome, run_chains


@dataclass
class Execution:
    listings: list[Listing] = field(default_factory=list)
    outcomes: dict[tuple[str, int], Outcome] = field(default_factory=dict)
    from_cache: int = 0
    ran: int = 0
    seconds: float = 0.0  # wall time spent running chains

    def outcome(self, listing: Listing) -> Outcome:
        return self.outcomes[(listing.page, listing.line)]

    def page_digests(self) -> dict[str, str]:
        """page → a digest that changes whenever its listings' code or output does."""
        digests: dict[str, hashlib._Hash] = {}
        for listing in self.listings:
            outcome = self.outcome(listing)
            digest = digests.setdefault(listing.page, hashlib.sha256())
            for part in (listing.code, outcome.output, outcome.error or ""):
                digest.update(part.encode() + b"\0")
        return {page: digest.hexdigest() for page, digest in digests.items()}

    def summary(self) -> str:
        total = self.from_cache + self.ran
        return (
            f"listings: {total} ({self.from_cache} from cache, "
            f"{self.ran} run in {self.seconds:.2f} s)"
        )


def block_name(listing: Listing) -> str:
    """How tracebacks name a listing's code (markdown-exec's style, plus where)."""
    return f"<code block: {listing.where} id {listing.id}>"


def execute(
    listings: list[Listing],
    cache: ListingCache,
    root: Path,
    *,
    workers: int | None = None,
    prune: bool = True,
) -> Execution:
    """Outcomes for every listing; chains not fully cached run in parallel.

    prune: delete cache entries this set of listings no longer uses (right for
    a build of the whole course, wrong for a build of a part of it).
    """
    execution = Execution(listings)
    pending: list[tuple[list[Listing], list[str]]] = []
    used: set[str] = set()
    for chain in chains(listings).values():
        codes = [listing.code for listing in chain]
        keys = [cache.key(codes[: n + 1]) for n in range(len(codes))]
        used.update(keys)
        stored = [cache.get(key) for key in keys]
        if all(stored):
            for listing, outcome in zip(chain, stored, strict=True):
                execution.outcomes[(listing.page, listing.line)] = outcome
            execution.from_cache += len(chain)
        else:
            pending.append((chain, keys))

    start, started = time.perf_counter(), time.time()
    work = [
        Chain([x.code for x in chain], [block_name(x) for x in chain])
        for chain, _ in pending
    ]
    for index, outcomes in run_chains(work, root, workers, cache.fingerprint):
        chain, keys = pending[index]
        for listing, key, outcome in zip(chain, keys, outcomes, strict=True):
            execution.outcomes[(listing.page, listing.line)] = outcome
            # A failure runs again next time: its traceback names the fence's
            # line, which the cache key does not know.
            if not outcome.transient and not outcome.error:
                cache.put(key, outcome, started)
        execution.ran += len(chain)
    execution.seconds = time.perf_counter() - start if pending else 0.0
    if prune:
        cache.prune(used)
    return execution
