"""Reading a table a user uploads, a CSV file or an Excel workbook (.xlsx), cell by cell.

The imports read their files through here, so the guards are written once: a size limit, the
bounds that stop a "zip bomb" before openpyxl inflates it, and one answer for every way
openpyxl fails on a damaged file. What the cells mean is each import's business.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from spbe.core.errors import ActionRefused
from spbe.scoring.values import parse_number, whole_number

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook

# An xlsx is a zip of XML files; these bounds stop a "zip bomb" before openpyxl inflates it.
MAX_UNPACKED_BYTES = 40 * 1024 * 1024
MAX_MEMBERS = 500


def workbook_damage() -> tuple[type[Exception], ...]:
    """The errors that mean "this workbook is damaged".

    openpyxl reports a malformed part with whatever error its parser meets first. Only
    openpyxl's own work (opening the file, reading the cells) is guarded by this list: what the
    cells hold is read afterwards, so an odd value in one cell is that row's problem, never a
    "damaged" file. A function, so that openpyxl is imported by the first workbook read, not by
    every page that imports this module.
    """
    from openpyxl.utils.exceptions import InvalidFileException

    return (
        InvalidFileException,
        zipfile.BadZipFile,
        SyntaxError,  # malformed XML, from xml.etree or lxml
        KeyError,
        ValueError,
        TypeError,
        IndexError,
        AttributeError,
        EOFError,
        OSError,
    )


Cells = tuple[object, ...]


class WorkbookProblem(StrEnum):
    TOO_LARGE = "too_large"
    NOT_XLSX = "not_xlsx"
    TOO_LARGE_UNPACKED = "too_large_unpacked"
    DAMAGED = "damaged"


class UnreadableWorkbook(Exception):
    """The bytes are not a workbook that may be opened; each caller words ``problem``."""

    def __init__(self, problem: WorkbookProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def is_workbook(content: bytes) -> bool:
    """Whether the bytes start as a zip file does, as every .xlsx does."""
    return content.startswith(b"PK\x03\x04")


def open_workbook(content: bytes, *, max_bytes: int) -> Workbook:
    """Open a workbook read-only (formulas' values, not the formulas), after the guards."""
    if len(content) > max_bytes:
        raise UnreadableWorkbook(WorkbookProblem.TOO_LARGE)
    if not is_workbook(content):
        raise UnreadableWorkbook(WorkbookProblem.NOT_XLSX)
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                raise UnreadableWorkbook(WorkbookProblem.NOT_XLSX)
            if len(names) > MAX_MEMBERS or _unpacked_size(archive) > MAX_UNPACKED_BYTES:
                raise UnreadableWorkbook(WorkbookProblem.TOO_LARGE_UNPACKED)
        from openpyxl import load_workbook

        return load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except workbook_damage() as error:
        raise UnreadableWorkbook(WorkbookProblem.DAMAGED) from error


def _unpacked_size(archive: zipfile.ZipFile) -> int:
    """Inflate every part, stopping past the limit: the sizes a zip declares can lie."""
    total = 0
    for member in archive.infolist():
        with archive.open(member) as part:
            while chunk := part.read(64 * 1024):
                total += len(chunk)
                if total > MAX_UNPACKED_BYTES:
                    return total
    return total


def read_table(content: bytes, *, max_bytes: int, max_rows: int) -> list[Cells]:
    """The rows of a CSV file, or of a workbook's first sheet, header first.

    A CSV file is UTF-8 (a byte-order mark is allowed) and its delimiter is the comma, the
    semicolon or the tab, whichever its first line has most of. Raises ``ActionRefused`` with a
    message for a file that cannot be read, is too large or has too many rows.
    """
    size = {"size": max(1, max_bytes // (1024 * 1024))}
    if len(content) > max_bytes:
        raise ActionRefused(_("The file is larger than %(size)s MB.") % size)
    lines = _workbook_lines(content, max_bytes, max_rows) if is_workbook(content) else None
    if lines is None:
        lines = [tuple(row) for row in csv_rows(content)]
    if len(lines) > max_rows:
        raise ActionRefused(_("The file has more than %(count)s rows.") % {"count": max_rows})
    return lines


# Python's csv module refuses a longer field (csv.field_size_limit()); we refuse it first, per row.
MAX_CSV_FIELD = 131_072


def csv_rows(content: bytes) -> list[list[str]]:
    """The rows of a UTF-8 CSV file, its delimiter guessed from the first line.

    One row per line: a quoted field never spans lines, so an unbalanced quote cannot swallow
    the rows after it. A row with an unbalanced quote or a field over ``MAX_CSV_FIELD``
    characters refuses the file with a message naming each such row (issue 15).
    """
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ActionRefused(_("The file is not UTF-8 text (CSV).")) from error
    lines = text.splitlines()
    first_line = next((line for line in lines if line.strip()), "")
    # On a tie the comma loses: in "1;1,26" it is the decimal separator, not the delimiter.
    delimiter = max(";\t,", key=first_line.count) if first_line else ","
    rows: list[list[str]] = []
    problems: list[str] = []
    for number, line in enumerate(lines, 1):
        try:
            row = next(csv.reader([line], delimiter=delimiter, strict=True), [])
        except csv.Error:
            problems.append(_csv_line_problem(number, line))
            row = []
        if any(len(cell) > MAX_CSV_FIELD for cell in row):
            problems.append(_csv_line_problem(number, line))
            row = []
        rows.append(row)
    if problems:
        raise ActionRefused(
            _("Nothing was read: %(problems)s") % {"problems": "; ".join(problems[:20])}
        )
    return rows


def _csv_line_problem(number: int, line: str) -> str:
    if len(line) > MAX_CSV_FIELD:
        return _("row %(line)s has a field longer than %(limit)s characters") % {
            "line": number,
            "limit": f"{MAX_CSV_FIELD:,}".replace(",", "."),
        }
    return _('row %(line)s has an unbalanced quote (")') % {"line": number}


def _workbook_lines(content: bytes, max_bytes: int, max_rows: int) -> list[Cells]:
    try:
        workbook = open_workbook(content, max_bytes=max_bytes)
    except UnreadableWorkbook as unreadable:
        raise ActionRefused(_workbook_problem(unreadable.problem)) from unreadable
    try:
        lines: list[Cells] = []
        for cells in workbook.worksheets[0].iter_rows(values_only=True):
            lines.append(tuple(cells))
            if len(lines) > max_rows:
                break
        return lines
    except workbook_damage() as error:  # openpyxl reads the sheets lazily
        raise ActionRefused(_workbook_problem(WorkbookProblem.DAMAGED)) from error
    finally:
        workbook.close()


def _workbook_problem(problem: WorkbookProblem) -> str:
    if problem is WorkbookProblem.DAMAGED:
        return _("The workbook is damaged and cannot be read.")
    if problem is WorkbookProblem.TOO_LARGE_UNPACKED:
        return _("The workbook is too large once unpacked.")
    return _("The file is neither a CSV file nor an Excel workbook (.xlsx).")


@dataclass(frozen=True)
class HeadedTable:
    """The rows of a table whose first row names its columns; blank rows are left out."""

    columns: dict[str, int]  # key → position of its column
    rows: list[tuple[int, Cells]]  # (line in the file, counting the header as 1; cells)

    def has(self, *keys: str) -> bool:
        return all(key in self.columns for key in keys)

    def value(self, cells: Cells, key: str) -> object:
        return cell(cells, self.columns.get(key))

    def letter(self, key: str | None) -> str:
        """The column's letter ("C"), or "" for a key without a column."""
        position = self.columns.get(key or "")
        return "" if position is None else column_letter(position)


def read_headed_table(
    content: bytes, *, names: Mapping[str, tuple[str, ...]], max_bytes: int, max_rows: int
) -> HeadedTable:
    """Read a CSV file or workbook whose first row names the columns (see ``header_columns``)."""
    lines = read_table(content, max_bytes=max_bytes, max_rows=max_rows)
    if not lines:
        raise ActionRefused(_("The file holds no rows."))
    return HeadedTable(
        columns=header_columns(lines[0], names),
        rows=[(line, cells) for line, cells in enumerate(lines[1:], 2) if not is_blank(cells)],
    )


def header_columns(cells: Cells, names: Mapping[str, tuple[str, ...]]) -> dict[str, int]:
    """Which column holds which key: ``names`` gives the headers each key may have (lower case).

    A header matches whatever its case and surrounding spaces; a key without a column is left
    out.
    """
    found: dict[str, int] = {}
    for position, cell in enumerate(cells):
        header = cell_text(cell).casefold()
        for key, headers in names.items():
            if header in headers and key not in found:
                found[key] = position
    return found


def column_letter(position: int) -> str:
    """The spreadsheet letter of a column counted from 0: 0 is "A"."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(position + 1)


def cell(cells: Cells, position: int | None) -> object:
    """The value at a position of a row, None where the row is shorter or there is no column."""
    if position is None or position >= len(cells):
        return None
    return cells[position]


def cell_text(raw: object) -> str:
    """A cell as text, trimmed; an empty cell is ""."""
    return "" if raw is None else str(raw).strip()


def cell_whole_number(raw: object) -> int | None:
    """A whole number from a cell: a number cell (int or float), or text of ASCII digits."""
    if isinstance(raw, str):
        return whole_number(raw)
    number = parse_number(raw)
    if number is None or number != number.to_integral_value():
        return None
    return int(number)


def is_blank(cells: Cells) -> bool:
    return all(cell_text(value) == "" for value in cells)
