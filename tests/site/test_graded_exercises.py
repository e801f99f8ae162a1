"""Graded code exercises: each grader passes the lesson's own solution, rejects
its plausible wrong answer saying where, and the page grades with its bytes.

The grader runs here with the same function the page runs in Pyodide
(snippets.grading.run_and_grade); what the browser does with it is tested in
tests/browser/graded.py.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import re
from pathlib import Path

import pytest

from listings import page_html
from page_widgets import GRADED_PAGES, graded_fences, solution_of
from snippets import grading
from snippets.graded import graded_exercise, graded_widgets

FENCES = graded_fences()
# "at x = −1", "for values [1, 2]", "at (w, b) = (1, 2)": a failure names its input.
NAMES_A_POINT = re.compile(r"\b(at|for) [^=]{1,40} = \S", re.IGNORECASE)


def _grader(fence):
    module = re.search(r"from (snippets\.\w+) import (grade_\w+)", fence.code)
    assert module, f"{fence.where}: imports no grade_<name> module"
    return importlib.import_module(".".join(module.groups()))


@pytest.mark.parametrize("fence", FENCES, ids=str)
def test_the_grader_passes_the_lessons_solution(fence):
    with contextlib.redirect_stdout(io.StringIO()):
        verdict = grading.run_and_grade(solution_of(fence), _grader(fence).grade)
    assert verdict.ok, f"{fence.where}: the lesson's solution fails: {verdict.message}"
    assert verdict.message.startswith("Passed"), f"{fence.where}: {verdict.message}"


@pytest.mark.parametrize("fence", FENCES, ids=str)
def test_the_grader_rejects_a_wrong_answer_naming_the_point(fence):
    grader = _grader(fence)
    for wrong in (grader.WRONG, grader.STARTER):
        verdict = grading.run_and_grade(wrong, grader.grade)
        assert not verdict.ok, f"{fence.where}: {grader.__name__} accepts\n{wrong}"
        assert NAMES_A_POINT.search(verdict.message), (
            f"{fence.where}: the verdict names no input: {verdict.message}"
        )


@pytest.mark.parametrize("page", GRADED_PAGES)
def test_every_required_page_grades_code_with_the_graders_own_bytes(site, page):
    widgets = graded_widgets(page_html(site, page))
    assert widgets, f"docs/{page}: no graded exercise"
    helper = Path(grading.__file__).read_text(encoding="utf-8")
    for widget in widgets:
        grader = importlib.import_module(widget.module)
        where = f"docs/{page}: {widget.box_id}"
        assert widget.helper == helper, f"{where}: embeds another snippets/grading.py"
        own = Path(grader.__file__).read_text(encoding="utf-8")
        assert widget.grader == own, f"{where}: embeds another {grader.__file__}"


def test_reader_errors_are_verdicts_not_crashes():
    from snippets.exercises import grade_slope

    cases = {
        "def derivative(x)\n    return x\n": "Line 1 of your code",
        "print(1 / 0)\n": "Your code stopped with ZeroDivisionError",
        "raise SystemExit(1)\n": "Your code stopped with SystemExit",
        "slope = 3\n": "Define a function derivative(x)",
        "def derivative(x):\n    return 1 / (x + 1)\n": "your derivative raised",
        "def derivative(x):\n    return 'steep'\n": "not a number",
    }
    for code, said in cases.items():
        verdict = grading.run_and_grade(code, grade_slope.grade)
        assert not verdict.ok and said in verdict.message, (code, verdict)


def test_the_required_example_of_practice_exercise_1():
    from snippets.exercises import grade_slope

    right = "def derivative(x):\n    return 9*x**2 - 4*x + 1\n"
    wrong = "def derivative(x):\n    return 9*x**2 - 4*x\n"
    assert grading.run_and_grade(right, grade_slope.grade).ok
    verdict = grading.run_and_grade(wrong, grade_slope.grade)
    assert verdict == (
        False,
        "At x = −1 your derivative gives 13, the slope of f is 14.",
    )


def test_the_build_refuses_a_grader_that_fails_the_solution_or_passes_wrong(capsys):
    from snippets.exercises import grade_slope

    solution = {"derivative": lambda x: 9 * x**2 - 4 * x + 1}
    assert 'class="graded"' in graded_exercise("demo-ex1", grade_slope, solution)
    with pytest.raises(ValueError, match="rejects the solution: At x = −1"):
        graded_exercise("demo-ex1", grade_slope, {"derivative": lambda x: 0})
    lenient = type(grade_slope)("lenient")
    lenient.__dict__.update(STARTER="", WRONG="", grade=lambda namespace: "Passed")
    with pytest.raises(ValueError, match="accepts its WRONG"):
        graded_exercise("demo-ex1", lenient, solution)
    capsys.readouterr()
