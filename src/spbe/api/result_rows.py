"""The import's input as the import service reads it: a file's bytes as they came, or the rows
of a JSON body written as the CSV file they stand for (a header naming their fields, then one
line per row), so that both go through the very same reading and checks.

A refused row is named as the caller numbers it: ``row.7.D`` for the file's row 7, column D
(the header is row 1), ``rows.3.value`` for the field ``value`` of the body's fourth row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.translation import gettext as _
from ninja import Schema
from ninja.errors import ValidationError as NinjaValidationError

from spbe.api.result_schemas import ResultsImportIn
from spbe.core.tables import column_letter

# The order the columns are written in, as in the portal's own files.
COLUMN_ORDER = ("code", "status", "indicator", "value", "note", "recommendation")
FIRST_ROW = 2  # the header is row 1


@dataclass(frozen=True)
class Upload:
    content: bytes
    dry_run: bool
    place: Callable[[int, str], str]  # (line, column letter) → the key in ``fields``
    row: Callable[[int], int]  # line → the row as the caller numbers it

    @classmethod
    def of_file(cls, content: bytes, *, dry_run: bool) -> Upload:
        return cls(content, dry_run, _file_place, lambda line: line)


def _file_place(line: int, column: str) -> str:
    return f"row.{line}.{column}" if column else f"row.{line}"


def rows_as_csv(body: ResultsImportIn) -> Upload:
    """The body's rows as CSV; every row must give the same fields (422 naming the odd one)."""
    names = [name for name in COLUMN_ORDER if name in body.rows[0].model_fields_set]
    problems = [
        {
            "loc": ("rows", index, name),
            "msg": _("Every row gives the same fields as the first one."),
        }
        for index, row in enumerate(body.rows)
        for name in sorted(set(names) ^ (row.model_fields_set & set(COLUMN_ORDER)))
    ]
    if problems:
        raise NinjaValidationError(problems)
    return table_as_csv(body.rows, names, dry_run=body.dry_run)


def table_as_csv(rows: Sequence[Schema], names: list[str], *, dry_run: bool) -> Upload:
    """Rows written as a CSV file: a header of ``names``, then one line per row."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([_cell(row, name) for name in names])
    by_letter = {column_letter(position): name for position, name in enumerate(names)}

    def place(line: int, column: str) -> str:
        index = f"rows.{line - FIRST_ROW}"
        return f"{index}.{by_letter[column]}" if column in by_letter else index

    return Upload(text.getvalue().encode("utf-8"), dry_run, place, lambda line: line - FIRST_ROW)


def _cell(row: Schema, name: str) -> str:
    value = getattr(row, name)
    return "" if value is None else str(value)
