"""Imported once by the build's worker server, before any chain is forked from it.

A chain's first figure would otherwise pay, in every chain, for what a long-lived
process pays once: loading fonts, laying out text and mathtext, writing SVG.
Drawing one throwaway figure here (with the object API: no pyplot state, no
backend chosen, rcParams untouched) leaves those caches warm in every chain.
"""

import io

import numpy as np
from matplotlib.figure import Figure

_figure = Figure(figsize=(2, 2))
_axes = _figure.subplots()
_axes.plot(np.linspace(0, 1, 3), np.linspace(0, 1, 3), label="$x^2$")
_axes.set(title="warm", xlabel="$\\eta$", ylabel="f(x)")
_axes.legend()
_figure.savefig(io.StringIO(), format="svg")
del _figure, _axes
