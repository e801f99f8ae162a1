"""One notation across the site (docs/notation.md): the conventions that once
clashed are checked on every page and in the lesson code it includes, and each
check is shown to bite."""

from __future__ import annotations

import re

import pytest

from listings import DOCS, ROOT, markdown_files

# (what the convention says, a pattern that breaks it, a line that would break it)
BROKEN = {
    "vectors are plain letters, not bold": (
        r"\\(?:mathbf|boldsymbol|bm)\{[A-Za-z]",
        r"$\mathbf{w} \leftarrow \mathbf{w} - \eta \nabla L$",
    ),
    "h is the finite-difference step, not a layer's width": (
        r"\\sqrt\s*\{?h\b|\\times h\b|\\to h \\to|width \$h\$|\$h = \d+\$",
        r"a network $2 \to h \to 1$ with $h = 8$ hidden units",
    ),
    "h is the finite-difference step, not a layer's output": (
        r"\bh(?:_[a-z]|_\{[^}]*\})? = \\tanh",
        r"acts on each entry separately, $h_i = \tanh(a_i)$",
    ),
    "r is the residual, not gradient descent's factor q": (
        r"\br = 1 - 2\\eta",
        r"each step multiplies $x$ by the same factor $r = 1 - 2\eta$",
    ),
    "a prediction's miss is the residual r, not e": (
        r"\be\s*=\s*\\hat\{?y",
        r"Write $e = \hat{y} - y$ for the error.",
    ),
    "the loss on one example is ell, not spelled out": (
        r"\\text\{loss\}",
        r"$\frac{\partial\,\text{loss}}{\partial z}$",
    ),
    "a pre-activation is z or Z, not a or A": (
        r"\b[aA](?:_\{?\w+\}?)? &?= (?:X )?W|\\partial A\b|\bA_\{?i|\\tanh\(a\)",
        r"$A = X W_1 + b_1$ (the pre-activations)",
    ),
    "Delta alone is dL/dZ; the offset from the minimiser is u": (
        r"\\Delta\s*=\s*\\theta",
        r"the offset $\Delta = \theta - \theta^*$",
    ),
    "the design matrix [X 1] is X tilde, not A": (
        r"\bA\s*=\s*\[X|\bA\^\\top|\bA\s*\\theta",
        r"Write $A = [X \;\; \mathbf 1]$, so $\nabla L = \frac2n A^\top (A\theta - y)$",
    ),
    "the eigenvalues of momentum's M are mu, not z": (
        r"eigenvalues? \$z\$|\$z\$ of \$M\$",
        r"the largest $|z|$ over the eigenvalues $z$ of $M$",
    ),
    "an operation's values come from its inputs, not children or parents": (
        r"\b(?:children|parents?)\b|\b_prev\b",
        r"for child in node._prev:",
    ),
    "u is never a function to minimise (a second function is g)": (
        r"\bu\(x, y\)|\\nabla u\b|\\varphi\(x, y\)",
        r"For $u(x, y) = x^4 - 2x^2 + y^2$, find the critical points",
    ),
    "a standardised feature is not z (z is a pre-activation)": (
        r"\bz_\{?ij\}? = \\frac\{?x_",
        r"z_{ij} = \frac{x_{ij} - \mu_j}{\sigma_j}.",
    ),
}

SNIPPETS = ROOT / "snippets"


def sources():
    """The pages, and the lesson code they include (comments and labels too)."""
    yield from (p for p in markdown_files() if p.name != "notation.md")
    yield from sorted(SNIPPETS.rglob("*.py"))


@pytest.mark.parametrize("convention", BROKEN)
def test_every_page_follows_the_notation(convention):
    pattern = re.compile(BROKEN[convention][0])
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sources()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not found, f"{convention} (docs/notation.md):\n" + "\n".join(found)


@pytest.mark.parametrize("convention", BROKEN)
def test_the_notation_check_bites(convention):
    pattern, broken = BROKEN[convention]
    assert re.search(pattern, broken), f"{convention}: the check misses {broken!r}"


def test_the_notation_page_names_each_convention():
    page = (DOCS / "notation.md").read_text(encoding="utf-8")
    for symbol in (
        "No bold letters",
        "finite difference",
        "residual",
        r"$\eta$",
        r"$\ell$",
        r"$\tilde X$",
        r"$u$",
        r"$\mu$",
        "inputs",
    ):
        assert symbol in page, f"docs/notation.md no longer explains {symbol!r}"
