"""Grades the exercise of docs/lessons/troubleshooting.md: standardise a list."""

import statistics

from snippets.grading import compare_calls, function_named

STARTER = """\
def standardise(values):
    # return the values shifted to mean 0 and scaled to standard deviation 1
    return values
"""
WRONG = """\
import math


def standardise(values):
    mean = sum(values) / len(values)
    std = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
    return [v / std for v in values]
"""
CASES = [
    ([1000, 1500, 2000, 3500],),
    ([0.001, 0.002, 0.004],),
    ([-5, 5],),
    ([3, 3, 3, 9],),
]


def standardised(values):
    """statistics' population mean and std, as X.std() in the lesson (not n − 1)."""
    mean, std = statistics.fmean(values), statistics.pstdev(values)
    return [(v - mean) / std for v in values]


def grade(namespace):
    standardise = function_named(namespace, "standardise", "(values)")
    compare_calls(
        CASES,
        standardise,
        standardised,
        names=["values"],
        says="standardised they are",
    )
    return f"Passed: your standardise gives mean 0 and standard deviation 1, in {len(CASES)} cases."
