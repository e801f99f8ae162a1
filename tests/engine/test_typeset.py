"""Math typeset at build time (engine/typeset.py, hooks/katex.py): in-process,
plus one tiny build that shows a bad formula failing with its page and line."""

from __future__ import annotations

import subprocess
import sys

import pytest

from engine.typeset import TeXError, Typesetter, typeset_page
from listings import ROOT, clean_env

KATEX = ROOT / "node_modules" / "katex"

PAGE = (
    '<p>Slope <span class="arithmatex">\\(f\'(x) = 2x\\)</span> at '
    '<span class="arithmatex">\\(x &lt; 3\\)</span>.</p>\n'
    '<div class="arithmatex">\\[\\frac{\\partial L}{\\partial w}\\]</div>'
)
NOTEBOOK_CELL = (
    '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" '
    'data-mime-type="text/markdown">\n<p>Here $x^2$ and</p>\n$$\\sum_i x_i$$\n</div>'
)


@pytest.fixture
def typesetter(tmp_path):
    typesetter = Typesetter(KATEX, tmp_path)
    yield typesetter
    typesetter.close()


def test_page_math_becomes_katex_html_and_mathml(typesetter):
    page = typeset_page(PAGE, typesetter)
    assert "\\(" not in page and "\\[" not in page
    assert page.count('<span class="katex">') == 3
    assert page.count('<span class="katex-display">') == 1
    assert page.count("<math ") == 3  # what screen readers read
    # The TeX is unescaped before typesetting: "<" stays a less-than sign.
    assert '<annotation encoding="application/x-tex">x &lt; 3</annotation>' in page


def test_notebook_markdown_math_is_typeset(typesetter):
    page = typeset_page(NOTEBOOK_CELL, typesetter)
    assert "$" not in page
    assert page.count("<math ") == 2
    assert '<span class="katex-display">' in page


def test_a_bad_formula_raises_naming_it(typesetter):
    with pytest.raises(TeXError, match=r"\\frac\{1"):
        typeset_page('<span class="arithmatex">\\(\\frac{1\\)</span>', typesetter)


def test_cached_formulas_need_no_node(typesetter, tmp_path):
    first = typeset_page(PAGE, typesetter)
    typesetter.save(prune=True)
    again = Typesetter(KATEX, tmp_path)
    assert typeset_page(PAGE, again) == first
    assert again._node is None  # every formula came from the cache


def test_an_unreadable_cache_is_typeset_again(typesetter, tmp_path):
    first = typeset_page(PAGE, typesetter)
    typesetter.save(prune=True)
    typesetter.cache_file.write_text("{not json", encoding="utf-8")
    again = Typesetter(KATEX, tmp_path)
    assert typeset_page(PAGE, again) == first
    again.close()


def test_a_bad_formula_fails_the_build_naming_page_and_line(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Math\n\nFine $x^2$.\n\nBroken $\\frac{1$ here.\n")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\n"
        f"hooks: [{ROOT / 'hooks' / 'katex.py'}]\n"
        "markdown_extensions: [{pymdownx.arithmatex: {generic: true}}]\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=tmp_path,
        env=clean_env(BUILD_CACHE_DIR=str(tmp_path / "cache")),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "docs/index.md:5" in done.stderr, done.stderr


def test_a_rebuild_that_typesets_nothing_new_leaves_the_cache_file_alone(tmp_path):
    first = Typesetter(KATEX, tmp_path)
    typeset_page(PAGE, first)
    first.save(prune=True)
    first.close()
    written = first.cache_file.stat().st_mtime_ns
    again = Typesetter(KATEX, tmp_path)
    typeset_page(PAGE, again)
    again.save(prune=True)  # the same formulas: nothing to write
    assert again.cache_file.stat().st_mtime_ns == written
    typeset_page(PAGE.replace("2x", "3x"), again)  # one new formula
    again.save(prune=False)
    again.close()
    assert again.cache_file.stat().st_mtime_ns != written
