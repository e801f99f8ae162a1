"""The markup the build writes around listings, and how to read it back.

Each contract between what the build writes and what the tests (and the
notebooks) read has its writer and its reader here, side by side, so the two
cannot drift apart:

- the listing wrapper: `<div class="listing" id="…">` around a listing's code
  and output, so readers can link to it and tests find its output;
- the "continues" note above a listing whose copy brings earlier listings;
- a figure: an accessible `<svg>` in a `<figure>` whose caption is its label.

(The verified line under a derivative has its writer and reader in
snippets/verify.py; the copy's listing headings are written by
engine/copies.py and read by docs/javascripts/run-in-page.js.)
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# ── The listing wrapper ──────────────────────────────────────────────────────
_LISTING_END = "</div><!-- /listing -->"
_LISTING = re.compile(
    r'<div class="listing" id="([^"]+)"((?: data-copy="[^"]*")?)((?: data-run)?)>'
    r"(.*?)" + re.escape(_LISTING_END),
    re.S,
)


def listing_div(
    block_id: str, inner: str, *, copy: str = "", runs: bool = False
) -> str:
    """A listing's rendered code and output; `copy`: what its copy button
    copies, when that is more than its own code (Material's copy button copies
    the closest data-copy); `runs`: it has an Edit/Run bar."""
    attributes = f' data-copy="{html.escape(copy)}"' if copy else ""
    attributes += " data-run" if runs else ""
    return f'<div class="listing" id="{block_id}"{attributes}>{inner}{_LISTING_END}'


@dataclass(frozen=True)
class ListingDiv:
    inner: str  # the rendered code, output and Run bar
    copy: str  # data-copy, unescaped ("" when the copy is the code)
    runs: bool  # it carries an Edit/Run bar


def listing_divs(page_html: str) -> dict[str, ListingDiv]:
    """The listings of a built page, by id."""
    return {
        block_id: ListingDiv(
            inner, html.unescape(copy[len(' data-copy="') : -1]), bool(run)
        )
        for block_id, copy, run, inner in _LISTING.findall(page_html)
    }


# ── The "continues" note ─────────────────────────────────────────────────────
def continues_note(earlier_ids: list[str]) -> str:
    """Says what the copy button copies, so the reader is not surprised."""
    count = len(earlier_ids)
    which = "the earlier one" if count == 1 else f"the {count} earlier ones"
    start = "" if count == 1 else " (from the first)"
    return (
        '<p class="listing-continues">The copy button copies this listing with '
        f'<a href="#{earlier_ids[0]}">{which}</a> it continues{start}, so the copy '
        "runs on its own.</p>"
    )


def continues_note_above(page_html: str, block_id: str) -> tuple[int, str] | None:
    """(how many listings, the id linked) of the note right above a listing."""
    found = re.search(
        r'<p class="listing-continues">The copy button copies this listing with '
        r'<a href="#([^"]+)">the (earlier one|(\d+) earlier ones)</a>[^<]*</p>'
        rf'<div class="listing" id="{block_id}"',
        page_html,
        re.S,
    )
    if not found:
        return None
    return int(found[3] or 1), found[1]


# ── Figures ──────────────────────────────────────────────────────────────────
def figure(svg: str, description: str) -> str:
    """An `<svg>` as an accessible figure: its description is both its
    accessible name and its visible caption."""
    label = html.escape(description)
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{label}" ', 1)
    return f"<figure>{svg}<figcaption>{label}</figcaption></figure>"


FIGURE = re.compile(
    r'<figure><svg role="img" aria-label="([^"]+)".*?</svg>'
    r"<figcaption>([^<]+)</figcaption></figure>",
    re.S,
)


def without_figures(shown: str) -> str:
    """What a listing shows as text: its figures are drawn, not printed."""
    return re.sub(r"<figure>.*?</figure>\n?", "", shown, flags=re.S)
