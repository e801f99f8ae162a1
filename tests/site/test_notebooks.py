"""The downloadable notebooks run top to bottom and print what the pages show.

Each lesson's notebook (written at build time by engine/notebooks.py with the
outputs of the build's own run, served next to its notebook page) is run in a
fresh Jupyter kernel, as a reader would run it after downloading it. A cell's
printed text must equal what the page shows for the same listing, and so must
the output the notebook was served with; a figure listing must draw as many
inline figures as the page shows SVGs.
"""

from __future__ import annotations

import os
import re

import nbformat
import pytest
from nbclient import NotebookClient
from traitlets.config import Config

from engine.notebooks import notebook_cells
from engine.pages import is_lesson, notebook_uri, site_pages
from listings import DOCS, ROOT, all_listings, shown_on_page

LESSONS = [page for page in site_pages(DOCS) if is_lesson(page)]


def run_notebook(path, sockets) -> nbformat.NotebookNode:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    # A reader's Jupyter: no build-time backend, so plt.show() draws inline.
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    client = NotebookClient(
        notebook,
        # IPC sockets in a folder of this test's own, not TCP ports: a port the
        # kernel manager found free can be taken by another worker's connection
        # before the kernel binds it.
        config=Config(
            {"KernelManager": {"transport": "ipc", "ip": str(sockets / "kernel")}}
        ),
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


def served_notebook(site, lesson: str):
    """The .ipynb mkdocs-jupyter serves next to the lesson's notebook page."""
    stem = notebook_uri(lesson).removesuffix(".ipynb")
    return site / stem / f"{stem.rsplit('/', 1)[-1]}.ipynb"


def assert_cells_match_page(notebook, lesson, site, source: str) -> None:
    listings = {x.id: x for x in all_listings() if x.page == lesson}
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        listing = listings[cell.metadata["listing"]]
        shown = shown_on_page(site, listing)
        if listing.options.get("html") == "1":
            assert figures(cell) == shown.count("<svg"), (
                f"{listing.where}: the page shows {shown.count('<svg')} figures, "
                f"the {source} has {figures(cell)}"
            )
        else:
            assert printed(cell).strip("\n") == shown, (
                f"{listing.where}: the {source} printed\n{printed(cell)}\n"
                f"the page shows\n{shown}"
            )


@pytest.mark.parametrize("lesson", LESSONS)
def test_notebook_shows_what_the_page_shows(lesson, site):
    path = served_notebook(site, lesson)
    assert path.exists(), f"docs/{lesson}: no notebook at {path}"
    served = nbformat.read(path, as_version=4)
    assert_cells_match_page(served, lesson, site, "downloaded notebook")


@pytest.mark.reruns  # every lesson again, in Jupyter: make test, not make check
@pytest.mark.parametrize("lesson", LESSONS)
def test_notebook_run_in_jupyter_prints_it_again(lesson, site, tmp_path):
    notebook = run_notebook(served_notebook(site, lesson), tmp_path)
    assert_cells_match_page(notebook, lesson, site, "notebook run in Jupyter")


@pytest.mark.parametrize("lesson", LESSONS)
def test_notebook_page_draws_figures_as_svg(lesson, site):
    page = notebook_uri(lesson).removesuffix(".ipynb")
    html = (site / page / "index.html").read_text(encoding="utf-8")
    embedded = html.count("data:image/")
    assert not embedded, (
        f"{page}/: {embedded} embedded images; figures should be inline SVG "
        "(hooks/notebook_html.py)"
    )
    figure_listings = [
        x
        for x in all_listings()
        if x.page == lesson and x.options.get("html") == "1" and x.shows_code
    ]
    expected = sum(shown_on_page(site, x).count("<svg") for x in figure_listings)
    inline = html.count('<svg role="img"')
    assert inline == expected, (
        f"{page}/: {inline} inline SVG figures, "
        f"the lesson's figure listings draw {expected}"
    )


# What only the page has: green "verified" lines and the learning-rate lab.
PAGE_ONLY_WORDS = re.compile(
    r"\b(green line|verified|the lab|lab below|slider)\b", re.I
)


@pytest.mark.parametrize("lesson", LESSONS)
def test_notebook_prose_refers_only_to_what_it_holds(lesson, site):
    notebook = nbformat.read(served_notebook(site, lesson), as_version=4)
    prose = "\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    found = PAGE_ONLY_WORDS.findall(prose)
    assert not found, (
        f"docs/{lesson}: the notebook's prose mentions {found}, which only the "
        "page has: put that prose between <!-- page-only --> and <!-- /page-only -->"
    )


def test_page_only_prose_is_left_out_and_must_be_closed():
    text = "# T\n\nKept.\n\n<!-- page-only -->\nThe green line above.\n<!-- /page-only -->\n\nAlso kept.\n"
    sources = [
        source for source, _ in notebook_cells(text, lambda lines: "\n".join(lines))
    ]
    assert "green" not in "".join(sources) and "Also kept." in sources[-1], sources
    with pytest.raises(ValueError, match=r"^5: "):
        notebook_cells(text.replace("<!-- /page-only -->\n", ""), lambda lines: "")


def test_the_menu_lists_each_lesson_once_and_each_links_its_notebook_page(site):
    """Notebook pages are out of the menu (it listed every lesson twice), and a
    lesson's "As a notebook" button reaches its notebook page."""
    home = (site / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"#]+)" class="md-nav__link', home)
    assert not [x for x in links if "notebooks/" in x], "the menu lists notebooks"
    lessons = [notebook_uri(x).removeprefix("notebooks/") for x in LESSONS]
    for lesson in lessons:
        page = lesson.removesuffix(".ipynb") + "/"
        assert links.count(page) == 1, f"the menu lists {page} {links.count(page)}×"
    for lesson in LESSONS:
        page = site / lesson.removesuffix(".md") / "index.html"
        button = re.search(
            r'href="([^"]+)" class="[^"]*notebook-view', page.read_text()
        )
        assert button, f"docs/{lesson}: no link to its notebook page"
        target = (page.parent / button[1]).resolve() / "index.html"
        assert target.exists(), (
            f"docs/{lesson}: its notebook page {button[1]} is missing"
        )
