"""Grades the exercise of docs/lessons/why-calculus.md: L′(w) for x = 3, y = 6."""

from snippets.grading import grade_derivative

STARTER = """\
x, y = 3, 6


def slope(w):
    # the derivative of the loss (w * x - y) ** 2 with respect to w
    return 0
"""
WRONG = """\
x, y = 3, 6


def slope(w):
    return 2 * (w * x - y)
"""


def loss(w):
    return (3 * w - 6) ** 2


def grade(namespace):
    return grade_derivative(
        namespace, "slope", loss, [0, 1.5, 2, 4], of="the loss", variable="w"
    )
