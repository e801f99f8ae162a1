"""Check an analytic derivative against central finite differences, on the page.

Used by the "gradient verified" line under a listing: `check_gradient` prints
the measured relative error and raises when it exceeds the tolerance, which
fails the build (`mkdocs build --strict`) and the tests. `check_jacobian` does
the same for a vector-valued function, one column of the Jacobian per input.

Why 1e-6: central differences with h = 1e-6 in float64 have truncation error
about h² ≈ 1e-12 and rounding error about ε·|f|/(h·|f′|) (ε ≈ 2.2e-16), so a
correct derivative lands below 1e-7 on every page of the site (a test checks
every verified line against that bound), and a wrong one (a missing factor or sign) is
off by order 1. 1e-6 leaves room for curvature and still catches
every real mistake.
"""

from __future__ import annotations

import re

import numpy as np

TOLERANCE = 1e-6
STEP = 1e-6


def numerical_gradient(f, x, h: float = STEP) -> np.ndarray:
    """Central differences: (f(x + h·e_i) − f(x − h·e_i)) / 2h for each coordinate."""
    x = np.array(x, dtype=float)
    grad = np.zeros_like(x)
    for i in np.ndindex(x.shape):
        step = np.zeros_like(x)
        step[i] = h
        grad[i] = (f(x + step) - f(x - step)) / (2 * h)
    return grad


def relative_error(analytic, numerical) -> float:
    """max |a − n| / max(|a|, |n|), with 0/0 counted as agreement."""
    a, n = np.asarray(analytic, dtype=float), np.asarray(numerical, dtype=float)
    scale = np.maximum(np.abs(a), np.abs(n))
    diff = np.abs(a - n)
    return float(np.max(np.where(scale > 0, diff / np.where(scale > 0, scale, 1), 0)))


def check_gradient(f, grad, x, *, name: str = "gradient", tol: float = TOLERANCE):
    """Print a one-line verification of `grad` at `x`; raise if it is wrong."""
    error = relative_error(grad(np.array(x, dtype=float)), numerical_gradient(f, x))
    return _report(name, error, tol)


def _report(name: str, error: float, tol: float) -> float:
    """Print the verified line for `error`, or raise when it exceeds `tol`."""
    if not error <= tol:  # also catches NaN
        raise AssertionError(
            f"{name} disagrees with central differences: "
            f"relative error {error:.1e} > tolerance {tol:.0e}"
        )
    print(verified_line(name, error, tol))
    return error


def verified_line(name: str, error: float, tol: float) -> str:
    """The line the page shows under a verified derivative."""
    return (
        f'<p class="gradient-check">✓ {name} verified against central differences: '
        f"relative error {error:.1e} (tolerance {tol:.0e})</p>"
    )


_VERIFIED = re.compile(
    r'<p class="gradient-check">✓ (.*?) verified against central differences: '
    r"relative error ([0-9.e+-]+) \(tolerance ([0-9.e+-]+)\)</p>"
)


def verified_lines(page_html: str) -> list[tuple[str, float, float]]:
    """(name, relative error, tolerance) of every verified line on a built
    page, in page order: what the tests read back."""
    found = _VERIFIED.findall(page_html)
    return [(name, float(error), float(tol)) for name, error, tol in found]


def numerical_jacobian(f, x, h: float = STEP) -> np.ndarray:
    """Central differences, one column per input: column j of the (m, d) matrix
    is (f(x + h·e_j) − f(x − h·e_j)) / 2h, for f from d numbers to m numbers."""
    x = np.array(x, dtype=float)
    if x.ndim != 1:
        raise ValueError(f"x must be a vector (1-D), got shape {x.shape}")
    columns = []
    for j in range(x.size):
        step = np.zeros_like(x)
        step[j] = h
        columns.append((np.asarray(f(x + step)) - np.asarray(f(x - step))) / (2 * h))
    return np.column_stack(columns)


def check_jacobian(f, jac, x, *, name: str = "Jacobian", tol: float = TOLERANCE):
    """Print a one-line verification of the Jacobian `jac` at `x`; raise if it is wrong.

    `jac(x)` must have shape (m, d): one row per output of `f`, one column per
    entry of `x`. A Jacobian of another shape raises ValueError saying so.
    """
    x = np.array(x, dtype=float)
    numerical = numerical_jacobian(f, x)
    analytic = np.asarray(jac(x), dtype=float)
    if analytic.shape != numerical.shape:
        raise ValueError(
            f"{name}: expected shape {numerical.shape} (one row per output of f, "
            f"one column per input), got {analytic.shape}"
        )
    return _report(name, relative_error(analytic, numerical), tol)
