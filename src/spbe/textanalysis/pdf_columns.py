"""Pages set in two or three columns of running text, read column by column.

Boxes that stand side by side are read as a table's rows (``pdf_tables``). A page set in
columns, as some Lampiran and bulletins are, has its boxes side by side too, and read as rows
its lines would alternate between the columns: "Pasal 2 | Pasal 4", the text of one article
running into the other's. Columns of running text differ from a table's columns in three ways
at once: there are two or three of them, each is a wide share of the page and about as wide as
the others, and their lines fill the column, as prose does, where a table's cells mostly hold a
word or two. Such a page is read column by column, each top to bottom; a box that runs across
the gutter (a title, a full-width paragraph) ends the columns above it and starts new ones
below.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Any

from pdfminer.layout import LTTextContainer, LTTextLine

Box = LTTextContainer[Any]

# Points of slack when comparing positions.
_SLACK = 2.0
# A column of running text is at least this share of the page's width...
MIN_COLUMN_SHARE = 0.3
# ...the narrowest at least this share of the widest...
MIN_WIDTH_RATIO = 0.6
# ...and its median line fills at least this share of the column, over at least MIN_LINES lines.
MIN_LINE_FILL = 0.75
MIN_LINES = 4


def column_order(
    boxes: Sequence[Box], side_by_side: Sequence[Box], *, page_width: float
) -> list[Box] | None:
    """``boxes`` (top to bottom) in reading order when the page is set in columns of running
    text, judged from the boxes that stand ``side_by_side``; None when it is not."""
    extents = _column_extents(side_by_side, page_width=page_width)
    if extents is None:
        return None
    ordered: list[Box] = []
    columns: list[list[Box]] = [[] for _ in extents]
    for box in boxes:
        column = next(
            (
                number
                for number, (left, right) in enumerate(extents)
                if box.x0 >= left - _SLACK and box.x1 <= right + _SLACK
            ),
            None,
        )
        if column is None:
            ordered.extend(box for column_boxes in columns for box in column_boxes)
            columns = [[] for _ in extents]
            ordered.append(box)
        else:
            columns[column].append(box)
    ordered.extend(box for column_boxes in columns for box in column_boxes)
    return ordered


def _column_extents(boxes: Sequence[Box], *, page_width: float) -> list[tuple[float, float]] | None:
    """The left and right edge of each column of running text, or None."""
    columns = _bands(boxes)
    if not 2 <= len(columns) <= 3:
        return None
    extents = [(min(box.x0 for box in c), max(box.x1 for box in c)) for c in columns]
    widths = [right - left for left, right in extents]
    if min(widths) < MIN_COLUMN_SHARE * page_width or min(widths) < MIN_WIDTH_RATIO * max(widths):
        return None
    for column, width in zip(columns, widths, strict=True):
        lengths = [line.x1 - line.x0 for line in _lines(column)]
        if len(lengths) < MIN_LINES or statistics.median(lengths) < MIN_LINE_FILL * width:
            return None
    return extents


def _bands(boxes: Sequence[Box]) -> list[list[Box]]:
    """Boxes grouped by overlapping horizontal extent, left to right."""
    bands: list[list[Box]] = []
    right = 0.0
    for box in sorted(boxes, key=lambda box: box.x0):
        if bands and box.x0 < right - _SLACK:
            bands[-1].append(box)
            right = max(right, box.x1)
        else:
            bands.append([box])
            right = box.x1
    return bands


def _lines(column: Sequence[Box]) -> list[LTTextLine]:
    return [
        line
        for box in column
        for line in box
        if isinstance(line, LTTextLine) and line.get_text().strip()
    ]
