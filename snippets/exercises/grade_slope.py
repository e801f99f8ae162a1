"""Grades Exercise 1 of docs/lessons/exercises.md: f′ of f(x) = 3x³ − 2x² + x."""

from snippets.grading import (
    central_difference,
    compare_at,
    function_named,
    listed,
)

STARTER = """\
def derivative(x):
    # f(x) = 3 * x**3 - 2 * x**2 + x: return f′(x)
    return 0
"""
WRONG = """\
def derivative(x):
    return 9 * x**2 - 4 * x
"""


def f(x):
    return 3 * x**3 - 2 * x**2 + x


def grade(namespace):
    derivative = function_named(namespace, "derivative", "(x)")
    points = [-1, 0.5, 2, 3]
    compare_at(
        points,
        derivative,
        lambda x: central_difference(f, x),
        variable="x",
        says="the slope is",
    )
    return f"Passed: your derivative is the slope of f at x = {listed(points)}."
