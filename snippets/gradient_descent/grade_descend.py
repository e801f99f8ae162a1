"""Grades the exercise of docs/lessons/gradient-descent.md: descend(x, η, steps) on x²."""

from snippets.grading import compare_calls, function_named

STARTER = """\
def descend(x, learning_rate, steps):
    # take `steps` gradient-descent steps on f(x) = x**2, starting at x
    return x
"""
WRONG = """\
def descend(x, learning_rate, steps):
    for _ in range(steps):
        x = x + learning_rate * 2 * x
    return x
"""
# (start, learning rate, steps): shrinking, oscillating, and no step at all.
CASES = [(10, 0.1, 10), (-3, 0.25, 4), (1, 0.9, 5), (5, 0.1, 0)]


def closed_form(x, learning_rate, steps):
    """x_k = x₀(1 − 2η)^k, the lesson's closed form: no loop to share a bug with."""
    return x * (1 - 2 * learning_rate) ** steps


def grade(namespace):
    descend = function_named(namespace, "descend", "(x, learning_rate, steps)")
    compare_calls(
        CASES,
        descend,
        closed_form,
        names=["x", "learning_rate", "steps"],
        says="the closed form x₀(1 − 2η)^k gives",
    )
    return (
        f"Passed: your descend lands where the closed form says, in {len(CASES)} runs."
    )
