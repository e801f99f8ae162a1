"""Grades Exercise 1 of docs/lessons/exercises.md: f′ of f(x) = 3x³ − 2x² + x."""

from snippets.grading import grade_derivative

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
    return grade_derivative(namespace, "derivative", f, [-1, 0.5, 2, 3], of="f")
