"""Tables in a PDF's text layer, read row by row.

pdfminer groups text into boxes, and the cells of a table's column, lying close above each
other, fall into one box: the text comes out column by column ("1 2 3", then every domain,
then every description), so no line says which description belongs to which domain. Boxes
that stand side by side (their heights overlap, their widths do not) are taken as one table
and their lines are put back into rows: a row starts at each line of the leftmost column (the
number column of a regulation's table), every line below it up to the next row's start
belongs to it, and the row reads as its cells, separated by tabs, in the order of the columns.
This needs cells aligned at their top, as Word and LibreOffice lay them out; a table whose
cells are centred vertically is read with its wrapped lines in the wrong row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pdfminer.layout import LTTextContainer, LTTextLine

from spbe.textanalysis.pdf_columns import column_order

# Points of slack when comparing positions: baselines of one row differ by a few tenths.
_SLACK = 2.0
# Pairs of boxes are compared; a page with more boxes than this (a chart's labels, a map) is
# read box by box, as pdfminer ordered it.
MAX_BOXES = 1500


@dataclass(frozen=True)
class _Line:
    box: int
    x0: float
    top: float
    bottom: float
    text: str


def texts_in_rows(boxes: Sequence[LTTextContainer[Any]], *, page_width: float) -> list[str]:
    """The text of each box in order, except that boxes standing side by side (a table) are
    replaced, where the first of them stood, by their lines regrouped into rows. A page set in
    columns of running text is read column by column instead (``pdf_columns``)."""
    groups = _side_by_side(boxes) if len(boxes) <= MAX_BOXES else {}
    side_by_side = [boxes[index] for index in sorted(groups)]
    in_columns = column_order(boxes, side_by_side, page_width=page_width) if groups else None
    if in_columns is not None:
        return [box.get_text() for box in in_columns]
    out: list[str] = []
    done: set[int] = set()
    for index, box in enumerate(boxes):
        if index in done:
            continue
        group = groups.get(index)
        if group is None:
            out.append(box.get_text())
            continue
        done |= group
        out.append(_rows([boxes[member] for member in sorted(group)], sorted(group)))
    return out


def _side_by_side(boxes: Sequence[LTTextContainer[Any]]) -> dict[int, set[int]]:
    parent = list(range(len(boxes)))

    def root(index: int) -> int:
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    for first in range(len(boxes)):
        a = boxes[first]
        for second in range(first + 1, len(boxes)):
            b = boxes[second]
            overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
            apart = a.x1 <= b.x0 + _SLACK or b.x1 <= a.x0 + _SLACK
            if apart and overlap > _SLACK and a.get_text().strip() and b.get_text().strip():
                parent[root(second)] = root(first)
    members: dict[int, set[int]] = {}
    for index in range(len(boxes)):
        members.setdefault(root(index), set()).add(index)
    return {index: group for group in members.values() if len(group) > 1 for index in group}


def _rows(boxes: list[LTTextContainer[Any]], numbers: list[int]) -> str:
    lines = [
        _Line(number, line.x0, line.y1, line.y0, line.get_text().strip())
        for number, box in zip(numbers, boxes, strict=True)
        for line in box
        if isinstance(line, LTTextLine) and line.get_text().strip()
    ]
    if not lines:
        return ""
    left = min(line.x0 for line in lines)
    starts = sorted({line.top for line in lines if line.x0 <= left + _SLACK}, reverse=True)
    rows: dict[float, list[_Line]] = {}
    for line in lines:
        above = [top for top in starts if top >= line.top - _SLACK]
        rows.setdefault(min(above) if above else starts[0], []).append(line)
    out = []
    for top in sorted(rows, reverse=True):
        cells: dict[int, list[_Line]] = {}
        for line in sorted(rows[top], key=lambda line: -line.top):
            cells.setdefault(line.box, []).append(line)
        ordered = sorted(cells.values(), key=lambda cell: min(line.x0 for line in cell))
        out.append("\t".join(" ".join(line.text for line in cell) for cell in ordered))
    return "\n".join(out) + "\n"
