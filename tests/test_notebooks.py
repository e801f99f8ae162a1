"""The downloadable notebooks run top to bottom and print what the pages show.

Each lesson's notebook (made at build time by hooks/notebooks.py, served next
to its notebook page) is run in a fresh Jupyter kernel, as a reader would run
it after downloading it. A cell's printed text must equal what the page shows
for the same listing; a figure listing must draw as many inline figures as the
page shows SVGs. The build's kernel draws them as SVG (hooks/ipython_kernel_config.py),
a reader's as PNG: the notebook pages stay small and readable in dark mode.
"""

from __future__ import annotations

import os

import nbformat
import pytest
from nbclient import NotebookClient

from listings import DOCS, ROOT, all_listings, shown_on_page

LESSONS = sorted(
    page.relative_to(DOCS).with_suffix("").as_posix()
    for folder in ("lessons", "deeper")
    for page in (DOCS / folder).glob("*.md")
)


def run_notebook(path) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    # A reader's Jupyter: no build-time backend, so plt.show() draws inline.
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": ROOT}},
    )
    client.execute(env=env)
    return notebook


def printed(cell) -> str:
    return "".join(o.text for o in cell.outputs if o.output_type == "stream")


FIGURE_TYPES = ("image/png", "image/svg+xml")


def figures(cell) -> int:
    return sum(
        any(kind in o.get("data", {}) for kind in FIGURE_TYPES) for o in cell.outputs
    )


@pytest.mark.parametrize("lesson", LESSONS)
def test_notebook_prints_what_the_page_shows(lesson, site):
    name = lesson.rsplit("/", 1)[-1]
    path = site / "notebooks" / lesson / f"{name}.ipynb"
    assert path.exists(), f"docs/{lesson}.md: no notebook at {path}"
    notebook = run_notebook(path)
    listings = {x.id: x for x in all_listings() if x.page == f"{lesson}.md"}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        listing = listings[cell.metadata["listing"]]
        shown = shown_on_page(site, listing)
        if listing.options.get("html") == "1":
            assert figures(cell) == shown.count("<svg"), (
                f"{listing.where}: the page shows {shown.count('<svg')} figures, "
                f"the notebook drew {figures(cell)}"
            )
        else:
            assert printed(cell).strip("\n") == shown, (
                f"{listing.where}: the notebook printed\n{printed(cell)}\n"
                f"the page shows\n{shown}"
            )


@pytest.mark.parametrize("lesson", LESSONS)
def test_notebook_page_draws_figures_as_svg(lesson, site):
    html = (site / "notebooks" / lesson / "index.html").read_text(encoding="utf-8")
    embedded = html.count("data:image/")
    assert not embedded, (
        f"notebooks/{lesson}/: {embedded} embedded images; the build's kernel "
        "should draw inline SVG (hooks/ipython_kernel_config.py)"
    )
    figure_listings = [
        x
        for x in all_listings()
        if x.page == f"{lesson}.md"
        and x.options.get("html") == "1"
        and x.options.get("source")
    ]
    expected = sum(shown_on_page(site, x).count("<svg") for x in figure_listings)
    inline = html.count('<svg role="img"')
    assert inline == expected, (
        f"notebooks/{lesson}/: {inline} inline SVG figures, "
        f"the lesson's figure listings draw {expected}"
    )
