"""Files as a user uploads them: CSV text, or an Excel workbook with the same rows."""

from __future__ import annotations

import io

from openpyxl import Workbook


def csv_file(rows: list[list[object]], delimiter: str = ",") -> bytes:
    return "\n".join(delimiter.join(str(cell) for cell in row) for row in rows).encode()


def xlsx_file(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
