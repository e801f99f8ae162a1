"""Read the widgets a built page carries: answer boxes and "gradient verified" lines.

Decoding here is written independently of snippets/answer_box.py (base64 of a
JSON object {"v": answer, "t": tolerance}, as docs/javascripts/answer-box.js
reads it), so a test compares what the browser will see with an oracle.
"""

from __future__ import annotations

import base64
import html
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from engine.markup import FIGURE
from listings import DOCS, Listing, chain_of, executed_listings, page_html
from snippets.verify import verified_lines


@dataclass(frozen=True)
class AnswerBox:
    question_id: str
    value: float
    tolerance: float
    html: str

    def accepts(self, typed: float) -> bool:
        """What the page's script decides for a typed number."""
        return abs(typed - self.value) <= self.tolerance


_FORM = re.compile(r'<form class="answer-box"[^>]*>.*?</form>', re.S)


def answer_boxes(site: Path, page: str) -> dict[str, AnswerBox]:
    """The answer boxes on a built page, by question id."""
    boxes = {}
    for form in _FORM.findall(page_html(site, page)):
        box_id = re.search(r'\bid="answer-([^"]+)"', form).group(1)
        data = re.search(r'\bdata-answer="([^"]+)"', form).group(1)
        decoded = json.loads(base64.b64decode(data, validate=True))
        boxes[box_id] = AnswerBox(box_id, decoded["v"], decoded["t"], form)
    return boxes


def assert_answer_box(box: AnswerBox, oracle: float, tolerance: float) -> None:
    """The box holds the oracle's answer, accepts within `tolerance` and no further."""
    name = box.question_id
    assert box.value == pytest.approx(oracle, rel=1e-9, abs=1e-12), (
        f"answer box {name!r}: expected answer {oracle!r}, the box holds {box.value!r}"
    )
    assert box.tolerance == pytest.approx(tolerance, rel=1e-9), (
        f"answer box {name!r}: expected tolerance {tolerance!r}, got {box.tolerance!r}"
    )
    assert box.accepts(oracle + tolerance / 2), name
    assert box.accepts(oracle - tolerance / 2), name
    assert not box.accepts(oracle + 2 * tolerance), name
    assert not box.accepts(oracle - 2 * tolerance), name
    readable = re.sub(r'data-answer="[^"]*"', "", box.html)
    assert f"{oracle:.4g}" not in readable, (
        f"answer box {name!r}: the answer is in plain sight in its HTML"
    )


def gradient_checks(site: Path, page: str) -> list[tuple[str, float, float]]:
    """(name, relative error, tolerance) of every "verified" line on a built page."""
    return verified_lines(page_html(site, page))


def assert_every_check_shown(site: Path, page: str) -> None:
    """Each check_gradient (or check_jacobian) call in the page's source shows a
    passing line on the page."""
    source = (DOCS / page).read_text(encoding="utf-8")
    calls = source.count("check_gradient(") + source.count("check_jacobian(")
    checks = gradient_checks(site, page)
    assert len(checks) == calls, (
        f"docs/{page}: {calls} check_gradient/check_jacobian calls, "
        f"{len(checks)} verified lines shown"
    )
    for name, error, tolerance in checks:
        assert error <= tolerance <= 1e-6, (
            f"docs/{page}: {name}: relative error {error} > tolerance {tolerance}"
        )


def assert_checks_named(site: Path, page: str, names: list[str]) -> None:
    """Every check_gradient/check_jacobian call shows a passing line, and the lines are `names`,
    in page order: one under each derivative the page writes down."""
    assert_every_check_shown(site, page)
    shown = [name for name, _, _ in gradient_checks(site, page)]
    assert shown == names, (
        f"docs/{page}: expected a verified line under each derivative {names}, "
        f"got {shown}"
    )


def assert_figures_within_budget(site: Path, page: str, figures: int) -> None:
    """The page draws `figures` figures, none over 150 KB (the page's own budget:
    tests/site/test_built_pages.py)."""
    html = page_html(site, page)
    svgs = re.findall(r"<svg role=\"img\" aria-label=.*?</svg>", html, re.S)
    assert len(svgs) == figures, (
        f"docs/{page}: expected {figures} figures, found {len(svgs)}"
    )
    assert max(map(len, svgs)) < 150_000, f"docs/{page}: a figure over 150 KB"


def assert_figure_described(shown: str, where: str) -> None:
    """A listing's output is a figure whose description is both its accessible
    name (for screen readers) and its visible caption."""
    found = FIGURE.fullmatch(shown.strip())
    assert found, f"{where}: expected a captioned, labelled figure, got {shown[:80]!r}"
    label, caption = found.groups()
    assert len(label) >= 40, f"{where}: a description this short says little: {label!r}"
    assert caption == label, f"{where}: caption {caption!r} is not its label {label!r}"


@dataclass(frozen=True)
class GraphNode:
    """One node of the live graph (snippets/chain_rule_and_backpropagation/graph_lab.py)
    as the page prints it: its name, operation, inputs (indexes of earlier nodes),
    and its value and grad as shown."""

    name: str
    op: str
    inputs: tuple[int, ...]
    value: str
    grad: str


_GRAPH_NODE = re.compile(
    r'<g class="graph-lab__node[^"]*" data-node="(\d+)" data-op="([^"]*)" '
    r'data-inputs="([^"]*)" data-name="([^"]*)".*?'
    r'class="graph-lab__value"[^>]*>value <tspan class="graph-lab__number">([^<]*)</tspan>.*?'
    r'class="graph-lab__grad"[^>]*>grad <tspan class="graph-lab__number">([^<]*)</tspan>',
    re.S,
)


def graph_nodes(page: str) -> list[GraphNode]:
    """The live graph's nodes in a page's HTML, in the order they are printed."""
    found = _GRAPH_NODE.findall(page)
    assert [int(i) for i, *_ in found] == list(range(len(found))), "nodes out of order"
    return [
        GraphNode(
            html.unescape(name),
            html.unescape(op),
            tuple(map(int, inputs.split())),
            value,
            grad,
        )
        for _, op, inputs, name, value, grad in found
    ]


# ── Graded code exercises (snippets/graded.py) ───────────────────────────────
# Every page of the Lessons track, and the reference, carries at least one.
GRADED_PAGES = ("lessons/exercises.md",)


def graded_fences() -> list[Listing]:
    """The fences that print a graded exercise, found from the code the build runs."""
    return [x for x in executed_listings() if "graded_exercise(" in x.code]


def solution_of(fence: Listing) -> str:
    """The lesson's solution a graded fence grades: the visible listings of its
    chain above it, as a reader sees (and copies) them."""
    earlier = [x for x in chain_of(fence.chain) if x.shows_code and x.line < fence.line]
    assert earlier, f"{fence.where}: a graded exercise continues no visible solution"
    return "\n".join(x.code for x in earlier)
