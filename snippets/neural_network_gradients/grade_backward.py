"""Grades the exercise of docs/lessons/neural-network-gradients.md: the backward
pass of L = (w1·x1 + w2·x2 + b − y)² with x1 = 1, x2 = −2, y = 3."""

from snippets.grading import compare_calls, function_named, partials

STARTER = """\
x1, x2, y = 1.0, -2.0, 3.0


def gradients(w1, w2, b):
    # return (dL/dw1, dL/dw2, dL/db) for L = (w1*x1 + w2*x2 + b - y) ** 2
    return 0, 0, 0
"""
WRONG = """\
x1, x2, y = 1.0, -2.0, 3.0


def gradients(w1, w2, b):
    r = w1 * x1 + w2 * x2 + b - y
    return r * x1, r * x2, r
"""
POINTS = [(0.5, -0.5, 0.1), (0, 0, 0), (2, 1, -1), (1, -1, 0)]


def loss(w1, w2, b):
    return (w1 * 1 - 2 * w2 + b - 3) ** 2


def grade(namespace):
    gradients = function_named(namespace, "gradients", "(w1, w2, b)")
    compare_calls(
        POINTS,
        gradients,
        lambda *point: partials(loss, point),
        names=["w1", "w2", "b"],
        says="central differences give",
    )
    return f"Passed: your gradients match central differences at {len(POINTS)} points."
