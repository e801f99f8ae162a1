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
    """A number as a reader writes it: 14, 0.5, −1.25 (a real minus sign);
    a list as [3, −4]."""
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(shown(item) for item in value) + "]"
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


def numbers(value, *, at: str, what: str, count: int | None):
    """`value` as a float (count None) or a list of `count` floats, or Failed
    saying what it is instead."""
    if count is None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise Failed(f"{at} your {what} returned {value!r}, not a number.")
        return float(value)
    if not isinstance(value, (list, tuple)) or len(value) != count:
        raise Failed(f"{at} your {what} returned {value!r}, not {count} numbers.")
    return [numbers(item, at=at, what=what, count=None) for item in value]


def close(yours, expected, tolerance: float = 1e-6) -> bool:
    """Equal up to a relative (or, near zero, absolute) tolerance; lists entry by entry."""
    if isinstance(expected, list):
        return all(close(a, b, tolerance) for a, b in zip(yours, expected, strict=True))
    return math.isclose(yours, expected, rel_tol=tolerance, abs_tol=tolerance)


def _shown_pair(yours, expected) -> tuple[str, str]:
    if not isinstance(expected, list):
        return shown_apart(yours, expected)
    pairs = [shown_apart(a, b) for a, b in zip(yours, expected, strict=True)]
    return tuple("[" + ", ".join(side) + "]" for side in zip(*pairs, strict=True))


def compare_calls(cases, yours, expected, *, names, says: str) -> None:
    """yours(*args) ≈ expected(*args) for every tuple of args, else Failed like
    "for gradient = [30, −40], max_norm = 5 your clip_by_norm gives [5, −5],
    clipping by norm gives [3, −4]" (says="clipping by norm gives").
    `expected` returns a number, or a list of numbers the reader may return as
    a list or a tuple."""
    for args in cases:
        given = ", ".join(
            f"{name} = {shown(arg)}" for name, arg in zip(names, args, strict=True)
        )
        point = len(args) == 1 and not isinstance(args[0], (list, tuple))
        at = ("at " if point else "for ") + given
        truth = expected(*args)
        count = len(truth) if isinstance(truth, list) else None
        value = call(yours, *args, at=at)
        value = numbers(value, at=at, what=yours.__name__, count=count)
        if not close(value, truth):
            mine, right = _shown_pair(value, truth)
            raise Failed(f"{at} your {yours.__name__} gives {mine}, {says} {right}.")


def compare_at(points, yours, expected, *, variable: str, says: str) -> None:
    """compare_calls for a function of one variable: "at x = −1 your derivative
    gives 13, the slope is 14" (says="the slope is")."""
    cases = [(x,) for x in points]
    compare_calls(cases, yours, expected, names=[variable], says=says)


def grade_derivative(namespace, name: str, f, points, *, of: str, variable="x") -> str:
    """The whole grade of "write the derivative of f": the reader's function
    `name` against central differences of the grader's own f at `points`."""
    derivative = function_named(namespace, name, f"({variable})")
    compare_at(
        points,
        derivative,
        lambda x: central_difference(f, x),
        variable=variable,
        says=f"the slope of {of} is",
    )
    return f"Passed: your {name} is the slope of {of} at {variable} = {listed(points)}."


def partials(f, point) -> list[float]:
    """Central differences of f along each coordinate: the oracle for a gradient."""
    slopes = []
    for i in range(len(point)):
        moved = list(point)

        def along(t, i=i, moved=moved):
            moved[i] = t
            return f(*moved)

        slopes.append(central_difference(along, point[i]))
    return slopes


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
