"""`lesson`: the one fixture a lesson's oracle tests need, the page they check.

tests/lessons/test_<name>.py checks the lesson whose snippets package is <name>
(engine/pages.py: `package_name`, `oracle_tests`), so the fixture knows the page
from the test module's file name. It reads what the built page shows, what a
reader's Python prints, and the copies; a test holds only its assertions.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from engine import copies, pages
from listings import (
    DOCS,
    Listing,
    chain_of,
    find,
    page_html,
    reader_run,
    run_as_reader,
    shown_on_page,
)
from page_widgets import (
    AnswerBox,
    answer_boxes,
    assert_checks_named,
    assert_every_check_shown,
    assert_figure_described,
    assert_figures_within_budget,
)

_PROBED = "----- the probe's own output -----"


@cache
def lesson_pages() -> dict[str, str]:
    """Each lesson page of docs/, by the name of its snippets package."""
    return {
        pages.package_name(page): page
        for page in pages.site_pages(DOCS)
        if pages.is_lesson(page)
    }


@dataclass(frozen=True)
class Lesson:
    page: str  # src_uri, e.g. "deeper/a-small-network.md"
    site: Path  # the suite's one build

    def listing(self, block_id: str) -> Listing:
        return find(self.page, block_id)

    def where(self, block_id: str) -> str:
        """docs/<page>.md:<line> of the listing's fence."""
        return self.listing(block_id).where

    def shown(self, block_id: str) -> str:
        """What the built page shows as the listing's output."""
        return shown_on_page(self.site, self.listing(block_id))

    def printed(self, block_id: str) -> str:
        """What the listing printed when its chain ran, once, in a reader's Python."""
        target = self.listing(block_id)
        if not target.shows_code:
            raise LookupError(
                f"{target.where}: listing {block_id!r} shows only its output, so "
                "no reader runs it; what the build printed is lesson.shown(id)"
            )
        return reader_run(target.chain)[target.line]

    def copy(self, block_id: str) -> str:
        """The program the listing's copy button copies."""
        target = self.listing(block_id)
        return copies.runnable_copy(target, chain_of(target.chain))

    def probe(self, block_id: str, code: str) -> str:
        """What `code` printed, run in a reader's Python after the listing's copy
        (so on the state the listing leaves). Fails naming the listing if the
        copy raises; each (listing, code) runs once per suite."""
        output = run_as_reader(
            self.listing(block_id), then=f"print({_PROBED!r})\n{code}"
        )
        marker = _PROBED + "\n"
        assert marker in output, f"{self.where(block_id)}: the probe did not run"
        return output.split(marker, 1)[1]

    def evaluate(self, block_id: str, expression: str):
        """The value of a Python expression (of JSON types) in the state the
        listing leaves, in a reader's Python."""
        code = f"import json\nprint(json.dumps({expression}))\n"
        return json.loads(self.probe(block_id, code))

    def definitions(self, *block_ids: str) -> dict:
        """The names the listings define, their code (as the build runs it) run
        in this process, in order, printing nothing: to call the page's own
        functions with input the page never shows."""
        namespace = {"print": lambda *args, **kwargs: None}
        for block_id in block_ids:
            target = self.listing(block_id)
            exec(compile(target.code, target.where, "exec"), namespace)
        return namespace

    @property
    def html(self) -> str:
        """The built page."""
        return page_html(self.site, self.page)

    @property
    def source(self) -> str:
        """The page's Markdown."""
        return (DOCS / self.page).read_text(encoding="utf-8")

    def answer_boxes(self) -> dict[str, AnswerBox]:
        return answer_boxes(self.site, self.page)

    def assert_checks_named(self, names: list[str]) -> None:
        assert_checks_named(self.site, self.page, names)

    def assert_every_check_shown(self) -> None:
        assert_every_check_shown(self.site, self.page)

    def assert_figures_within_budget(self, figures: int) -> None:
        assert_figures_within_budget(self.site, self.page, figures)

    def assert_figure_described(self, block_id: str) -> None:
        """The listing shows a figure whose description is its name and caption."""
        assert_figure_described(self.shown(block_id), self.where(block_id))


@pytest.fixture(scope="module")
def lesson(request, site) -> Lesson:
    """The lesson page the test module checks, on the suite's built site."""
    module = Path(request.module.__file__)
    name = module.stem.removeprefix("test_")
    page = lesson_pages().get(name)
    if page is None:
        pytest.fail(
            f"{module.name}: no lesson page docs/<section>/"
            f"{name.replace('_', '-')}.md for these oracle tests",
            pytrace=False,
        )
    return Lesson(page, site)
