# A function from 2 numbers to 3 numbers, and its Jacobian: one row per
# output, one column per input.
import numpy as np


def f(x):
    x1, x2 = x
    return np.array([x1 * x2, x1**2, np.sin(x2)])


def jacobian_f(x):
    """Row i holds the partial derivatives of output i, column j those in x_j."""
    x1, x2 = x
    return np.array(
        [
            [x2, x1],  # ∂(x1 x2)/∂x1, ∂(x1 x2)/∂x2
            [2 * x1, 0.0],  # ∂(x1²)/∂x1, ∂(x1²)/∂x2
            [0.0, np.cos(x2)],  # ∂(sin x2)/∂x1, ∂(sin x2)/∂x2
        ]
    )


def numerical_jacobian(f, x, h=1e-6):
    """Central differences, one column per input: column j is how every
    output moves when x_j alone moves, (f(x + h e_j) - f(x - h e_j)) / 2h."""
    x = np.asarray(x, dtype=float)
    columns = []
    for j in range(x.size):
        step = np.zeros_like(x)
        step[j] = h
        columns.append((f(x + step) - f(x - step)) / (2 * h))
    return np.column_stack(columns)


def show(matrix):
    """Print a matrix row by row, 6 decimals (+ 0.0 turns -0.0 into 0.0)."""
    for row in matrix:
        print("  [" + "  ".join(f"{value + 0.0:9.6f}" for value in row) + " ]")


def vector(v):
    """A vector as (v1, v2, ...), 4 decimals."""
    return "(" + ", ".join(f"{value + 0.0:.4f}" for value in v) + ")"


x = np.array([1.5, -0.5])
J = jacobian_f(x)
print(f"f maps {x.size} numbers to {f(x).size}, so J has shape {J.shape}")
print("J by hand at x = (1.5, -0.5):")
show(J)
print("J by central differences, column by column:")
show(numerical_jacobian(f, x))
