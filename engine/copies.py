"""What a listing's copy button hands a reader: a program that runs on its own.

A reader saves the copy as `lesson.py` in an empty folder and runs it with a
Python that has numpy, matplotlib and scikit-learn, not this project. So:

- The copy holds the listings a reader sees: the listing, after the earlier
  *visible* listings of its chain (those it continues). Listings the page shows
  only by their output (the "verified" lines under a derivative, answer boxes,
  the labs) are page machinery: they import `snippets`, print HTML, and are
  left out. The visible listings never lean on them (tests/site/test_listings.py).
- The earlier listings' figures are on the page already; in the copy they are
  drawn and closed, not shown, so no window stops the program before it
  prints what the reader asked for. Only the copied listing's own figure opens.

One program per chain covers every copy: the copy of a listing is the chain's
program (the copy of its last visible listing) cut after that listing, with
the line that shows figures again moved up to stand before it. So running each
chain's program once, in a reader's environment, tests every copy.
"""

from __future__ import annotations

from dataclasses import dataclass

from engine.pages import Listing

# Above the earlier listings, when one of them shows a figure.
HIDE_FIGURES = (
    "# The earlier listings' figures are on the page: here they are drawn and\n"
    "# closed, not shown, so no window stops the program before this listing.\n"
    "import matplotlib.pyplot as plt\n"
    "show_figures = plt.show\n"
    'plt.show = lambda *args, **kwargs: plt.close("all")\n'
)
SHOW_FIGURES = "plt.show = show_figures  # this listing's own figure is shown\n"


def heading(listing: Listing, earlier: bool) -> str:
    """The comment a copy puts above each listing it holds."""
    where = ", earlier on the page" if earlier else ""
    return f'# ── listing "{listing.id}"{where} ──\n'


def shows_figure(listing: Listing) -> bool:
    return "plt.show(" in listing.code


@dataclass(frozen=True)
class Copy:
    """A listing's copy, as the parts it is made of."""

    listing: Listing
    earlier: tuple[Listing, ...]  # the visible listings it continues, in order

    @property
    def hides_figures(self) -> bool:
        return any(shows_figure(x) for x in self.earlier)

    def sections(self) -> list[tuple[Listing | None, str]]:
        """(listing, its text in the copy) in order; None for the lines that
        hide and show figures."""
        if not self.earlier:
            return [(self.listing, self.listing.code)]
        hiding = (
            [(None, HIDE_FIGURES), (None, SHOW_FIGURES)] if self.hides_figures else []
        )
        return [
            *hiding[:1],
            *((x, heading(x, earlier=True) + x.code) for x in self.earlier),
            *hiding[1:],
            (self.listing, heading(self.listing, earlier=False) + self.listing.code),
        ]

    @property
    def text(self) -> str:
        if not self.earlier:
            return self.listing.code
        return "\n".join(part.rstrip("\n") + "\n" for _, part in self.sections())


def visible(chain: list[Listing]) -> list[Listing]:
    """The listings of a chain that show their code: the reader's program."""
    return [x for x in chain if x.shows_code]


def copy_of(listing: Listing, chain: list[Listing]) -> Copy:
    """The copy of a visible listing of `chain`."""
    shown = visible(chain)
    earlier = tuple(x for x in shown if x.line < listing.line)
    return Copy(listing, earlier)


def runnable_copy(listing: Listing, chain: list[Listing]) -> str:
    """The text the copy button copies."""
    return copy_of(listing, chain).text


def chain_program(chain: list[Listing]) -> Copy | None:
    """The program that holds every copy of the chain: its last visible
    listing's copy (None when the chain shows no code)."""
    shown = visible(chain)
    return copy_of(shown[-1], chain) if shown else None
