"""Grades Exercise 1 of docs/deeper/derivatives-reference.md: softplus′."""

import math

from snippets.grading import grade_derivative

STARTER = """\
import math


def softplus_prime(x):
    # the derivative of math.log(1 + math.exp(x))
    return 0
"""
WRONG = """\
import math


def softplus_prime(x):
    return 1 / (1 + math.exp(x))
"""


def softplus(x):
    return math.log(1 + math.exp(x))


def grade(namespace):
    return grade_derivative(
        namespace, "softplus_prime", softplus, [-3, 0, 1.2, 4], of="softplus"
    )
