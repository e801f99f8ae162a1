"""A graded code exercise: the reader writes code in the page and presses Check.

Use it in a fence with `html="1"` and no `source=`, placed after the
exercise's `??? success "Solution"` block and continuing the solution's
session, so the build grades the lesson's own solution first:

    ```python exec="on" html="1" session="exercises-slope" id="exercise-slope-graded"
    from snippets.graded import graded_exercise
    from snippets.exercises import grade_slope

    graded_exercise("exercises-ex1", grade_slope, globals())
    ```

The build fails (naming the fence) unless the grader passes the solution and
rejects its own WRONG answer. The widget embeds the sources of
snippets/grading.py and of the grader, byte for byte, and
docs/javascripts/run-in-page.js runs them in the reader's browser with
Pyodide: the page grades with the code CI tests. `graded_widgets` reads them
back (tests/site/test_graded_exercises.py).

The form is printed `hidden`: the script reveals it, so a reader without
JavaScript sees no dead editor (the solution box is still there).
"""

from __future__ import annotations

import html
import inspect
import re
from dataclasses import dataclass
from types import ModuleType

from snippets import grading

_QUESTION_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def graded_exercise(
    question_id: str, grader: ModuleType, solution: dict, *, label: str = ""
) -> str:
    """Print (and return) the widget for `grader`, after checking that it passes
    the lesson's `solution` (the namespace the solution ran in) and rejects
    the grader's WRONG."""
    if not _QUESTION_ID.fullmatch(question_id):
        raise ValueError(f"question_id must be kebab-case, got {question_id!r}")
    verdict = grading.run_and_grade("", lambda _: grader.grade(solution))
    if not verdict.ok:
        raise ValueError(f"{grader.__name__} rejects the solution: {verdict.message}")
    if grading.run_and_grade(grader.WRONG, grader.grade).ok:
        raise ValueError(f"{grader.__name__} accepts its WRONG answer")
    box = f"graded-{question_id}"
    label = label or "Your code"
    markup = (
        f'<form class="graded" id="{box}" hidden novalidate '
        f'data-module="{grader.__name__}" '
        f'data-helper="{html.escape(inspect.getsource(grading))}" '
        f'data-grader="{html.escape(inspect.getsource(grader))}">'
        f'<label for="{box}-code">{html.escape(label)}</label>'
        f'<textarea id="{box}-code" class="graded__editor" spellcheck="false" '
        f'autocapitalize="off" rows="{grader.STARTER.count(chr(10)) + 1}" '
        f'aria-describedby="{box}-hint">{html.escape(grader.STARTER)}</textarea>'
        f'<div class="graded__bar">'
        f'<button type="submit" class="md-button md-button--primary">Check</button>'
        f'<button type="button" class="md-button" data-action="reset">Reset</button>'
        f'<span class="graded__hint" id="{box}-hint">Ctrl+Enter checks too; '
        f"Python runs in your browser.</span></div>"
        f'<output class="graded__verdict" for="{box}-code" role="status" '
        f'aria-live="polite"></output></form>'
    )
    print(markup)
    return markup


@dataclass(frozen=True)
class GradedWidget:
    """A graded exercise as a built page carries it."""

    box_id: str
    module: str
    helper: str
    grader: str


_FORM = re.compile(r'<form class="graded" id="([^"]+)"([^>]*)>')


def graded_widgets(page_html: str) -> list[GradedWidget]:
    """The graded exercises of a built page, with the sources they embed."""
    widgets = []
    for box_id, attributes in _FORM.findall(page_html):
        data = dict(re.findall(r'data-(\w+)="([^"]*)"', attributes))
        widgets.append(
            GradedWidget(
                box_id,
                data["module"],
                html.unescape(data["helper"]),
                html.unescape(data["grader"]),
            )
        )
    return widgets
