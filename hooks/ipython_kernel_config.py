"""IPython config for the kernel that runs the notebooks at build time only.

hooks/notebooks.py copies it into build/ipython/profile_default/ and points
IPYTHONDIR there while mkdocs-jupyter runs a notebook; a reader's Jupyter never
sees it. Figures come out as inline SVG like the lesson pages' (the page stays
small, text stays text, dark mode can recolour it), deterministic (salted ids,
no date) so two builds match byte for byte, and transparent like the lessons'.
"""

c = get_config()  # noqa: F821 (IPython provides it)

c.InlineBackend.figure_formats = {"svg"}
c.InlineBackend.print_figure_kwargs = {
    "bbox_inches": "tight",
    "metadata": {"Date": None},
}
c.InlineBackend.rc = {
    "svg.hashsalt": "calculus-for-deep-learning",
    "svg.fonttype": "none",
    "figure.facecolor": "none",
    "axes.facecolor": "none",
    "legend.facecolor": "white",
}
c.HistoryManager.enabled = False  # no history.sqlite shared by parallel builds
