"""Which rows of a long ranking a page shows: a window around one agency, or a numbered page.

A national year has 600+ rows; one table of them all is unreadable and hides the agency the
reader came for. The page opens on the rows around the reader's own agency and offers the
whole list in numbered pages. No Django here, so the arithmetic is tested on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from math import ceil

AROUND = 25
PAGE_SIZE = 50


@dataclass(frozen=True)
class Window:
    """The shown slice ``[start, stop)`` of ``total`` rows; ``page`` is None for the window
    around the own agency, else the 1-based page number out of ``pages``."""

    start: int
    stop: int
    total: int
    page: int | None
    pages: int

    @property
    def first_shown(self) -> int:
        """The 1-based number of the first row shown (0 when nothing is)."""
        return self.start + 1 if self.stop > self.start else 0


def ranking_window(
    keys: Sequence[str],
    own_key: str | None,
    *,
    page: int | None = None,
    around: int = AROUND,
    page_size: int = PAGE_SIZE,
) -> Window:
    """The rows to show of the ranked ``keys``.

    Without a ``page``: ``around`` rows either side of ``own_key`` when it is ranked, else the
    first page. With a ``page`` (1-based, clamped to the pages there are): that page of
    ``page_size`` rows.
    """
    total = len(keys)
    pages = max(1, ceil(total / page_size))
    if page is None and own_key is not None and own_key in keys:
        position = list(keys).index(own_key)
        return Window(
            max(0, position - around), min(total, position + around + 1), total, None, pages
        )
    number = min(max(page or 1, 1), pages)
    start = (number - 1) * page_size
    return Window(start, min(total, start + page_size), total, number, pages)
