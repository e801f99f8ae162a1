"""Grades the exercise of docs/lessons/faq.md: clip_by_norm on a list."""

import math

from snippets.grading import compare_calls, function_named

STARTER = """\
def clip_by_norm(gradient, max_norm):
    # scale the list `gradient` down to length max_norm if it is longer
    return gradient
"""
WRONG = """\
def clip_by_norm(gradient, max_norm):
    return [max(-max_norm, min(max_norm, g)) for g in gradient]
"""
# Too long, short enough, three entries, and exactly at the threshold.
CASES = [([30, -40], 5), ([0.3, 0.4], 5), ([1, 2, 2], 1.5), ([-6, 8], 10)]


def clipped(gradient, max_norm):
    """The same direction, with length min(‖g‖, max_norm)."""
    scale = min(1.0, max_norm / math.hypot(*gradient))
    return [g * scale for g in gradient]


def grade(namespace):
    clip_by_norm = function_named(namespace, "clip_by_norm", "(gradient, max_norm)")
    compare_calls(
        CASES,
        clip_by_norm,
        clipped,
        names=["gradient", "max_norm"],
        says="clipping by norm gives",
    )
    return f"Passed: your clip_by_norm keeps the direction and caps the length, in {len(CASES)} cases."
