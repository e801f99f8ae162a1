"""A matplotlib backend whose `plt.show()` prints each figure as inline SVG.

Lesson listings end with `plt.show()`, as a reader would write them. In the
reader's Python that opens a window; at build time (`MPLBACKEND=module://
engine.svg_backend`, set by `engine/runner.py`) it prints the figure into the
page. Same bytes, both places.

The SVG is deterministic (salted ids, no date) and keeps text as text, so two
builds are identical and the page's search and screen readers see the labels.
"""

from __future__ import annotations

import io
import re

from matplotlib import rc_context
from matplotlib._pylab_helpers import Gcf
from matplotlib.backend_bases import FigureManagerBase
from matplotlib.backends.backend_svg import FigureCanvasSVG

from engine import markup

FigureCanvas = FigureCanvasSVG
FigureManager = FigureManagerBase

# Transparent, so the page's own background (light or dark) shows through;
# docs/stylesheets/extra.css recolours black ink for the dark scheme.
SVG_SALT = "calculus-for-deep-learning"
_SVG_RC = {
    "svg.hashsalt": SVG_SALT,
    "svg.fonttype": "none",
    "savefig.transparent": True,
}


def _describe(figure) -> str:
    """The figure's accessible name: its label, else its titles."""
    if figure.get_label():
        return figure.get_label()
    titles = [ax.get_title() for ax in figure.axes if ax.get_title()]
    if not titles:
        raise ValueError(
            "a lesson figure needs a description for screen readers: "
            "pass plt.figure(label=...) or give an axes a title"
        )
    return "; ".join(titles)


def _referenced_ids_only(svg: str) -> str:
    """Drop the ids nothing refers to (matplotlib names every group "figure_1",
    "axes_1", …, which would repeat in the next figure on the page)."""
    referenced = set(re.findall(r"#([\w.-]+)", svg))
    return re.sub(r' id="([^"]+)"', lambda m: m[0] if m[1] in referenced else "", svg)


def figure_svg(figure) -> str:
    """The figure as an accessible, deterministic `<svg>` in a `<figure>`, its
    description both its accessible name and its visible caption."""
    description = _describe(figure)
    buffer = io.StringIO()
    # Salted with the description too, so two figures on a page share no ids.
    with rc_context({**_SVG_RC, "svg.hashsalt": f"{SVG_SALT}: {description}"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg") :].rstrip()  # drop the XML prolog and doctype
    return markup.figure(_referenced_ids_only(svg), description)


def show(*args, **kwargs) -> None:
    for manager in Gcf.get_all_fig_managers():
        print(figure_svg(manager.canvas.figure))
    Gcf.destroy_all()
