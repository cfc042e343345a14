"""Reading indicator values from a JSON or CSV file (``spbe score``, ``spbe plan``).

JSON: ``{"1": 3, "2": "2", …}``. CSV: ``indicator,value`` rows, with or without that header,
separated by commas, semicolons or tabs. An indicator that is the mean of several values
(SPBE 2018 indicator 35) takes a JSON list, or one CSV row per value.
"""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.utils.translation import gettext as _


class ValueFileError(ValueError):
    """The file cannot be read as indicator values; the message says why."""


# The first cell of a header row in a CSV file of indicator values.
VALUE_HEADER = ("indicator", "indikator", "nomor")


def read_json_object(path: str, *, example: str = '{"1": 3, "2": 2}') -> dict[str, Any]:
    """A file holding one JSON object (a costs file, say), with readable errors."""
    text = _read_text(path).lstrip("\ufeff \t\r\n")
    return parse_json_values(text, source=path, example=example)


def read_value_file(path: str) -> dict[str, Any]:
    return read_pairs_file(
        path,
        header=VALUE_HEADER,
        expected=_("%(source)s line %(line)s: expected two columns, indicator and value."),
    )


def read_pairs_file(
    path: str, *, header: tuple[str, ...], expected: str, example: str = '{"1": 3, "2": 2}'
) -> dict[str, Any]:
    """A JSON object, or CSV rows of key and value (see :func:`parse_csv_pairs`)."""
    text = _read_text(path)
    stripped = text.lstrip("\ufeff \t\r\n")
    if path.lower().endswith(".json") or stripped.startswith("{"):
        return parse_json_values(stripped, source=path, example=example)
    return parse_csv_pairs(stripped, source=path, header=header, expected=expected)


def parse_json_values(
    text: str, *, source: str, example: str = '{"1": 3, "2": 2}'
) -> dict[str, Any]:
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as error:
        raise ValueFileError(
            _("%(source)s is not valid JSON (line %(line)s, column %(column)s: %(problem)s).")
            % {"source": source, "line": error.lineno, "column": error.colno, "problem": error.msg}
        ) from error
    if not isinstance(data, dict):
        raise ValueFileError(
            _("%(source)s must hold a JSON object such as %(example)s.")
            % {"source": source, "example": example}
        )
    return data


def parse_csv_pairs(
    text: str, *, source: str, header: tuple[str, ...], expected: str
) -> dict[str, Any]:
    """Rows of two cells, key and value, separated by commas, semicolons or tabs.

    A first row whose first cell is one of ``header`` is skipped. A key on several rows keeps
    every value, in a list. ``expected`` is the message for a row without two cells, with
    ``%(source)s`` and ``%(line)s``.
    """
    if not text.strip():
        raise ValueFileError(_("%(source)s is empty.") % {"source": source})
    first_line = text.splitlines()[0]
    delimiter = max(",;\t", key=first_line.count)
    values: dict[str, Any] = {}
    for line_number, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), 1):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        if line_number == 1 and cells[0].lower() in header:
            continue
        if len(cells) != 2:
            raise ValueFileError(expected % {"source": source, "line": line_number})
        key, value = cells
        if key in values:
            previous = values[key]
            values[key] = [*previous, value] if isinstance(previous, list) else [previous, value]
        else:
            values[key] = value
    return values


def _read_text(path: str) -> str:
    try:
        if path == "-":
            import sys

            return sys.stdin.read()
        return Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError as error:
        raise ValueFileError(_("File %(path)s does not exist.") % {"path": path}) from error
    except (OSError, UnicodeDecodeError) as error:
        raise ValueFileError(
            _("File %(path)s cannot be read: %(problem)s") % {"path": path, "problem": error}
        ) from error
