"""snippets/verify.py's check_jacobian, in-process: against Jacobians written here.

The oracles are Jacobians worked by hand (a linear map's is its matrix; the
softmax's is diag(s) − s sᵀ); a wrong one (the softmax's without its diagonal
term) must raise, and a Jacobian of the wrong shape must raise ValueError.
"""

from __future__ import annotations

import numpy as np
import pytest

from snippets.verify import check_jacobian, numerical_jacobian

W = np.array([[1.0, -2.0, 0.5], [3.0, 0.25, -1.0]])  # 2 outputs, 3 inputs
X = np.array([0.3, -0.7, 1.1])


def softmax(z):
    e = np.exp(z - np.max(z))
    return e / e.sum()


def softmax_jacobian(z):
    s = softmax(z)
    return np.diag(s) - np.outer(s, s)


def test_numerical_jacobian_has_one_column_per_input():
    found = numerical_jacobian(lambda x: W @ x, X)
    assert found.shape == (2, 3)
    assert np.allclose(found, W, atol=1e-9)


def test_a_right_jacobian_passes_and_prints_its_line(capsys):
    error = check_jacobian(lambda x: W @ x, lambda x: W, X, name="linear map")
    line = capsys.readouterr().out.strip()
    assert error < 1e-7
    assert line.startswith('<p class="gradient-check">✓ linear map verified against')
    error = check_jacobian(softmax, softmax_jacobian, X, name="softmax")
    assert error < 1e-7


def test_a_wrong_jacobian_raises(capsys):
    without_diagonal = lambda z: -np.outer(softmax(z), softmax(z))  # noqa: E731
    with pytest.raises(AssertionError, match=r"softmax .* disagrees"):
        check_jacobian(softmax, without_diagonal, X, name="softmax (planted)")
    with pytest.raises(AssertionError, match="disagrees"):
        check_jacobian(lambda x: W @ x, lambda x: W * 1.01, X)
    assert capsys.readouterr().out == ""  # no verified line for a wrong Jacobian


def test_a_jacobian_of_the_wrong_shape_raises_value_error():
    with pytest.raises(ValueError, match=r"expected shape \(2, 3\).*got \(3, 2\)"):
        check_jacobian(lambda x: W @ x, lambda x: W.T, X, name="transposed")
    with pytest.raises(ValueError, match="vector"):
        numerical_jacobian(lambda x: x, np.ones((2, 2)))
