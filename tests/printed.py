"""Reading the numbers a listing printed, for the oracle tests of the lessons."""

from __future__ import annotations

import re

NUMBER = r"[-+]?\d+(?:\.\d+)?(?:e[-+]?\d+)?"  # 3, -0.25, +1.5e-08


def numbers(text: str) -> list[float]:
    """Every number in printed text, in order."""
    return [float(x) for x in re.findall(NUMBER, text)]


def assert_close(got, want, tol, what, where):
    assert abs(got - want) <= tol, (
        f"{where}: {what}: expected {want!r} ± {tol}, got {got!r}"
    )
