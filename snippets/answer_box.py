"""An input box where the reader types an exercise's numeric answer and is told if it is right.

Use it in a fence with `html="1"` and no `source=`, placed AFTER the exercise's
`??? success "Solution"` block and continuing the solution's session, so the
answer is the number the solution code computed at build time (never typed by
hand):

    ```python exec="on" html="1" session="page-ex1" id="ex1-answer"
    from snippets.answer_box import answer_box
    answer_box("page-ex1", slope, rel_tol=1e-3)
    ```

The box accepts the reader's number when |typed − answer| ≤ tolerance, where
tolerance = max(abs_tol, rel_tol·|answer|) is computed here, at build time.
docs/javascripts/answer-box.js does the checking in the browser.

Not in plain sight, not secret: the answer and tolerance are stored as base64 of
a small JSON object in a data attribute, so neither the page nor a quick look
at its HTML gives the answer away before the reader opens the solution. Anyone
who decodes the attribute can read it; that is fine for self-study.

The form is printed `hidden`: the script reveals it, so a reader without
JavaScript sees no dead box (the solution is still there).
"""

from __future__ import annotations

import base64
import html
import json
import math
import re

_QUESTION_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def encode_answer(value: float, tolerance: float) -> str:
    """base64 of `{"v": value, "t": tolerance}`, what the box's `data-answer` holds."""
    payload = json.dumps({"v": value, "t": tolerance}, separators=(",", ":"))
    return base64.b64encode(payload.encode("ascii")).decode("ascii")


def _describe(rel_tol: float, abs_tol: float, tolerance: float) -> str:
    """The accepted range in words, without revealing the answer's size."""
    if abs_tol >= tolerance:
        return f"within ±{abs_tol:g} of the solution"
    return f"within {rel_tol * 100:g} % of the solution"


def answer_box(
    question_id: str,
    answer: float,
    *,
    rel_tol: float = 1e-3,
    abs_tol: float = 0.0,
    label: str = "Your answer",
) -> str:
    """Print (and return) the HTML of an answer box for `answer`.

    question_id: kebab-case, unique on the site (prefix it with the page name).
    answer: the value the solution code computed (a finite real number).
    rel_tol, abs_tol: the box accepts |typed − answer| ≤ max(abs_tol, rel_tol·|answer|).
    label: the visible label of the input.
    """
    if not isinstance(question_id, str) or not _QUESTION_ID.fullmatch(question_id):
        raise ValueError(
            f"question_id must be kebab-case like 'partial-ex1', got {question_id!r}"
        )
    if isinstance(answer, complex) or not math.isfinite(float(answer)):
        raise ValueError(f"answer must be a finite real number, got {answer!r}")
    for name, value in (("rel_tol", rel_tol), ("abs_tol", abs_tol)):
        if not (math.isfinite(value) and value >= 0):
            raise ValueError(f"{name} must be finite and ≥ 0, got {value!r}")
    answer = float(answer)
    tolerance = max(abs_tol, rel_tol * abs(answer))
    if tolerance <= 0:
        raise ValueError(
            f"the tolerance for {question_id!r} is 0 (answer {answer!r}, "
            f"rel_tol {rel_tol!r}, abs_tol {abs_tol!r}); give abs_tol > 0"
        )
    box_id = f"answer-{question_id}"
    markup = (
        f'<form class="answer-box" id="{box_id}" data-answer="{encode_answer(answer, tolerance)}" '
        f'novalidate hidden aria-labelledby="{box_id}-label">'
        f'<label id="{box_id}-label" for="{box_id}-input">{html.escape(label)}</label> '
        f'<input id="{box_id}-input" class="answer-box__input" type="text" '
        f'inputmode="decimal" autocomplete="off" spellcheck="false" '
        f'aria-describedby="{box_id}-hint"> '
        f'<button type="submit" class="md-button answer-box__button">Check</button> '
        f'<span class="answer-box__hint" id="{box_id}-hint">'
        f"(accepted {_describe(rel_tol, abs_tol, tolerance)}; press Enter to check)</span>"
        f'<output class="answer-box__result" for="{box_id}-input" role="status" '
        f'aria-live="polite"></output>'
        f"</form>"
    )
    print(markup)
    return markup
