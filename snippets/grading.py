"""Grade a reader's code for an exercise, and say exactly what failed.

A lesson's grader (`snippets/<lesson>/grade_<name>.py`) defines STARTER (what
the page's editor opens with), WRONG (a plausible wrong answer) and
`grade(namespace)`: it reads the reader's functions from the namespace their
code ran in, checks them against its own oracle with the helpers below, and
returns what passed, or raises `Failed` with a message that names the point.

Standard library only: the page runs this module and the grader in the
reader's browser, with Pyodide (snippets/graded.py embeds both sources), and
tests/site/test_graded_exercises.py runs the same bytes against the lesson's
solution and its WRONG.
"""

from __future__ import annotations

import math
from typing import NamedTuple


class Failed(Exception):
    """The reader's code gave a wrong answer; the message says where."""


class Verdict(NamedTuple):
    ok: bool
    message: str


def shown(value) -> str:
    """A number as a reader writes it: 14, 0.5, −1.25 (a real minus sign)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        value = int(value)
    text = f"{value:.6g}" if isinstance(value, float) else str(value)
    return text.replace("-", "−")


def shown_apart(yours: float, expected: float) -> tuple[str, str]:
    """The two numbers with enough digits that they read differently."""
    for digits in range(6, 18):
        pair = (f"{yours:.{digits}g}", f"{expected:.{digits}g}")
        if pair[0] != pair[1]:
            return tuple(text.replace("-", "−") for text in pair)
    return shown(yours), shown(expected)


def listed(points) -> str:
    """−1, 0.5, 2 and 3."""
    names = [shown(x) for x in points]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


def central_difference(f, x: float, h: float = 1e-5) -> float:
    """The slope of the chord from x − h to x + h: the oracle for a derivative."""
    return (f(x + h) - f(x - h)) / (2 * h)


def function_named(namespace: dict, name: str, signature: str):
    """The reader's function `name`, or Failed saying to define it."""
    found = namespace.get(name)
    if not callable(found):
        raise Failed(f"Define a function {name}{signature}: your code has none.")
    return found


def call(function, *args, at: str):
    """The reader's function applied to args; an exception or a non-number
    becomes Failed naming the point (`at`, e.g. "at x = 2")."""
    try:
        value = function(*args)
    except Exception as error:  # the reader's bug, reported, not raised
        raise Failed(
            f"{at} your {function.__name__} raised {type(error).__name__}: {error}"
        ) from None
    return value


def number(value, *, at: str, what: str) -> float:
    """`value` as a float, or Failed saying it is not a number."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Failed(f"{at} your {what} returned {value!r}, not a number.")
    return float(value)


def close(yours: float, expected: float, tolerance: float = 1e-6) -> bool:
    """Equal up to a relative (or, near zero, absolute) tolerance."""
    return math.isclose(yours, expected, rel_tol=tolerance, abs_tol=tolerance)


def compare_at(points, yours, expected, *, variable: str, says: str) -> None:
    """yours(x) ≈ expected(x) at every point, else Failed like
    "at x = −1 your derivative gives 13, the slope is 14" (says="the slope is")."""
    for x in points:
        at = f"at {variable} = {shown(x)}"
        value = number(call(yours, x, at=at), at=at, what=yours.__name__)
        truth = expected(x)
        if not close(value, truth):
            mine, right = shown_apart(value, truth)
            raise Failed(f"{at} your {yours.__name__} gives {mine}, {says} {right}.")


def run_and_grade(code: str, grade) -> Verdict:
    """Run the reader's code in a fresh namespace, then grade what it defined.
    What the page shows after Check, and what the tests call with WRONG."""
    namespace = {"__name__": "__main__"}
    try:
        exec(compile(code, "your code", "exec"), namespace)
    except SyntaxError as error:
        return Verdict(False, f"Line {error.lineno} of your code: {error.msg}.")
    except BaseException as error:  # SystemExit too: the page must answer
        return Verdict(False, f"Your code stopped with {type(error).__name__}: {error}")
    try:
        return Verdict(True, grade(namespace))
    except Failed as failure:
        message = str(failure)
        return Verdict(False, message[:1].upper() + message[1:])
