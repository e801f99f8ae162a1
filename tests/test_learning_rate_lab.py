"""The learning-rate lab's runs, against the mathematics.

The lab (snippets/gradient_descent/lab.py) ships, for every learning rate on
its slider and every start, the ten values the descent loop printed. For
f(x) = x², x_k = x₀(1 − 2η)^k; the oracle evaluates that in exact rational
arithmetic, with η the decimal the slider shows.
"""

from __future__ import annotations

import html
import json
import math
import re
from fractions import Fraction

from listings import find, shown_on_page


def lab_frames(site) -> tuple[object, dict, str]:
    lab = find("lessons/gradient-descent.md", "learning-rate-lab")
    shown = shown_on_page(site, lab)
    data = re.search(r'data-frames="([^"]*)"', shown)
    assert data, f"{lab.where}: no frames in the lab"
    return lab, json.loads(html.unescape(data.group(1))), shown


def test_lab_offers_the_slider_range_and_starts(site):
    lab, frames, _ = lab_frames(site)
    rates = [Fraction(str(rate)) for rate in frames["rates"]]
    assert rates == [Fraction(k, 100) for k in range(1, 106)], f"{lab.where}: {rates}"
    assert len(frames["starts"]) >= 2, f"{lab.where}: only {frames['starts']}"


def test_every_lab_run_follows_the_closed_form(site):
    lab, frames, _ = lab_frames(site)
    for x0, runs in zip(frames["starts"], frames["runs"], strict=True):
        for rate, run in zip(frames["rates"], runs, strict=True):
            printed = run.split(" ")
            eta, start = Fraction(str(rate)), Fraction(str(x0))
            assert len(printed) == 10, f"{lab.where}: η={rate}, x0={x0}: {printed}"
            for k, text in enumerate(printed, start=1):
                want = start * (1 - 2 * eta) ** k
                got = float(text)
                assert repr(got) == text, f"{lab.where}: {text!r} is not a Python float"
                # Each float step rounds; near η = 0.5 the factor 1 − 2η cancels.
                assert math.isclose(
                    got, want, rel_tol=1e-9, abs_tol=1e-12 * abs(start)
                ), (
                    f"{lab.where}: η={rate}, x0={x0}, step {k}: "
                    f"expected {float(want)!r}, got {text}"
                )


def test_lab_first_shows_the_lessons_setting(site):
    lab, _, shown = lab_frames(site)
    code = re.search(r'class="lr-lab__printed"><code>(.*?)</code>', shown, re.S)
    lines = code.group(1).splitlines()
    expected = [Fraction(10) * Fraction(8, 10) ** k for k in range(1, 11)]
    assert len(lines) == 10, f"{lab.where}: {lines}"
    for line, want in zip(lines, expected, strict=True):
        label, _, number = line.partition(": ")
        assert label == "Updated x", f"{lab.where}: {line!r}"
        assert math.isclose(float(number), want, rel_tol=1e-14), (
            f"{lab.where}: expected {float(want)!r}, got {number}"
        )
