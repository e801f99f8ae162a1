"""The downloadable notebooks run top to bottom and print what the pages show.

Each lesson's notebook (made at build time by hooks/notebooks.py, served next
to its notebook page) is run in a fresh Jupyter kernel, as a reader would run
it after downloading it. A cell's printed text must equal what the page shows
for the same listing; a figure listing must draw as many inline figures as the
page shows SVGs.
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


def figures(cell) -> int:
    return sum("image/png" in o.get("data", {}) for o in cell.outputs)


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
