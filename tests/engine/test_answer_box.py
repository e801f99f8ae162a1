"""The answer box: what snippets/answer_box.py prints (the browser side: tests/browser/)."""

from __future__ import annotations

import base64
import json
import math

import pytest

from snippets.answer_box import answer_box


def decoded(markup: str) -> dict:
    data = markup.split('data-answer="', 1)[1].split('"', 1)[0]
    return json.loads(base64.b64decode(data, validate=True))


def test_box_holds_answer_and_tolerance_encoded(capsys):
    markup = answer_box("demo-ex1", 12.5, rel_tol=1e-2, label="x =")
    assert capsys.readouterr().out.strip() == markup
    assert decoded(markup) == {"v": 12.5, "t": 0.125}
    assert "12.5" not in markup.replace('data-answer="', "")  # not in plain sight
    for needed in (
        'id="answer-demo-ex1"',
        "hidden",
        '<label id="answer-demo-ex1-label" for="answer-demo-ex1-input">x =</label>',
        'aria-live="polite"',
        'role="status"',
        'type="submit"',
    ):
        assert needed in markup, needed


def test_absolute_tolerance_wins_when_larger(capsys):
    assert decoded(answer_box("demo-ex2", 31, abs_tol=0.5, rel_tol=0)) == {
        "v": 31.0,
        "t": 0.5,
    }
    assert decoded(answer_box("demo-ex3", 0.0, abs_tol=1e-3)) == {"v": 0.0, "t": 1e-3}
    assert "±0.5" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("Bad Id", 1.0), {}, "kebab-case"),
        (("ok-id", math.nan), {}, "finite real number"),
        (("ok-id", math.inf), {}, "finite real number"),
        (("ok-id", 1.0), {"rel_tol": -1e-3}, "rel_tol must be finite"),
        (("ok-id", 1.0), {"abs_tol": math.inf}, "abs_tol must be finite"),
        (("ok-id", 0.0), {}, "give abs_tol > 0"),
    ],
)
def test_bad_input_is_refused_clearly(args, kwargs, message):
    with pytest.raises(ValueError, match=message):
        answer_box(*args, **kwargs)
