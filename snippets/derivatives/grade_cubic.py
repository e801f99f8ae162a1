"""Grades the exercise of docs/lessons/derivatives.md: f′ of f(x) = x³ − 3x."""

from snippets.grading import grade_derivative

STARTER = """\
def derivative(x):
    # f(x) = x**3 - 3 * x: return f′(x)
    return 0
"""
WRONG = """\
def derivative(x):
    return 3 * x**2
"""


def f(x):
    return x**3 - 3 * x


def grade(namespace):
    return grade_derivative(namespace, "derivative", f, [-2, -1, 0.5, 2], of="f")
