"""Text of Office documents: DOCX split into pages, XLSX one "page" per worksheet."""

from __future__ import annotations

import datetime
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from lxml import etree

from spbe.textanalysis.docx_numbering import ListNumbering, read_numbering
from spbe.textanalysis.errors import Deadline, ExtractionFailed, reason_of

# Reading stops after this many cells (empty ones included, since a sheet whose dimension
# claims a million columns costs as much to walk as a full one); the result says so.
MAX_CELLS: Final = 500_000

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Some text is stored twice: a text box in the drawing and in a fallback for old Word, moved
# text where it was and where it went. Only one copy is read: the drawing's, the new place's.
_SKIPPED = frozenset(
    {
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback",
        f"{_W}moveFrom",
        f"{_W}del",
    }
)
# No entity expansion, no network, no trees deeper than libxml2's default limit.
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_OFFICE_ERRORS: Final = (
    zipfile.BadZipFile,
    etree.XMLSyntaxError,
    KeyError,
    ValueError,
    TypeError,
    AttributeError,
    IndexError,
    OSError,
    EOFError,
    RecursionError,
)


@dataclass(frozen=True)
class Sheet:
    """One worksheet's title and its text, a line per row and a tab between cells."""

    title: str
    text: str


def docx_pages(path: Path, *, deadline: Deadline) -> list[str]:
    """The text of a DOCX, paragraphs and tables in order, split into pages.

    Pages break where Word last broke them when it saved the file
    (``w:lastRenderedPageBreak``), so page numbers match what the author saw; files that
    Word never laid out (generated ones) break at explicit page and section breaks only.
    Deleted tracked changes, field codes and the second copy of text boxes are skipped.
    Numbered and bulleted list paragraphs start with the marker Word draws ("a. ", "1) ",
    "• "), computed from ``numbering.xml``; table rows read as lines of tab-separated cells.
    """
    try:
        # Only the main part, the list definitions and the styles are read: python-docx
        # would load every image into memory too.
        with zipfile.ZipFile(path) as archive:
            with archive.open("word/document.xml") as part:
                root = etree.parse(part, _XML_PARSER).getroot()
            numbering = read_numbering(
                _optional_part(archive, "word/numbering.xml"),
                _optional_part(archive, "word/styles.xml"),
            )
        body = root.find(f"{_W}body")
        chunks = _docx_chunks(body, deadline, numbering) if body is not None else []
    except _OFFICE_ERRORS as error:
        raise ExtractionFailed("unreadable", kind="docx", reason=reason_of(error)) from error
    marker = _RENDERED if _RENDERED in chunks else _EXPLICIT
    pages: list[str] = []
    current: list[str] = []
    for chunk in chunks:
        if isinstance(chunk, str):
            current.append(chunk)
        elif chunk is marker:
            pages.append("".join(current))
            current = []
    pages.append("".join(current))
    return pages


def xlsx_sheets(path: Path, *, deadline: Deadline) -> tuple[list[Sheet], bool]:
    """The worksheets of an XLSX as text, and whether reading stopped at :data:`MAX_CELLS`.

    Cached formula results are read, not the formulas; chart sheets are skipped.
    """
    # openpyxl is imported by the one reader that needs it: its import costs about 0.3 s, paid
    # otherwise by every command and worker that reads any file.
    from openpyxl import load_workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    sheets: list[Sheet] = []
    cells = 0
    try:
        with warnings.catch_warnings():
            # openpyxl warns about every extension it does not know (data validation, slicers).
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            for worksheet in workbook.worksheets:
                if not isinstance(worksheet, ReadOnlyWorksheet):
                    continue
                lines: list[str] = []
                for row in worksheet.iter_rows(values_only=True):
                    cells += len(row)
                    if cells > MAX_CELLS:
                        sheets.append(Sheet(worksheet.title, "\n".join(lines)))
                        return sheets, True
                    values = [_cell_text(value) for value in row]
                    if any(values):
                        lines.append("\t".join(values).rstrip("\t"))
                    deadline.check("reading the workbook", sheet=worksheet.title)
                sheets.append(Sheet(worksheet.title, "\n".join(lines)))
        finally:
            workbook.close()
    except _OFFICE_ERRORS as error:
        raise ExtractionFailed("unreadable", kind="xlsx", reason=reason_of(error)) from error
    return sheets, False


class _Marker:
    """A page break in the stream of DOCX text chunks."""


_RENDERED = _Marker()
_EXPLICIT = _Marker()


def _optional_part(archive: zipfile.ZipFile, name: str) -> etree._Element | None:
    if name not in archive.namelist():
        return None
    with archive.open(name) as part:
        return etree.parse(part, _XML_PARSER).getroot()


def _docx_chunks(
    body: etree._Element, deadline: Deadline, numbering: ListNumbering
) -> list[str | _Marker]:
    chunks: list[str | _Marker] = []
    paragraphs = 0
    walker = etree.iterwalk(body, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if event == "start":
            if tag in _SKIPPED:
                walker.skip_subtree()
            elif tag == f"{_W}p":
                marker = numbering.marker(element)
                if marker:
                    chunks.append(marker)
            elif tag == f"{_W}t":
                chunks.append(element.text or "")
            elif tag == f"{_W}tab":
                chunks.append("\t")
            elif tag == f"{_W}noBreakHyphen":
                chunks.append("-")
            elif tag in (f"{_W}br", f"{_W}cr"):
                page = element.get(f"{_W}type") == "page"
                chunks.append(_EXPLICIT if page else "\n")
            elif tag == f"{_W}lastRenderedPageBreak":
                chunks.append(_RENDERED)
            elif tag == f"{_W}pageBreakBefore" and _on(element):
                chunks.append(_EXPLICIT)
        elif tag == f"{_W}p":
            chunks.append("\n")
            if _ends_section_on_new_page(element):
                chunks.append(_EXPLICIT)
            paragraphs += 1
            if paragraphs % 200 == 0:
                deadline.check("reading the document")
        elif tag in (f"{_W}tc", f"{_W}tr"):
            # A table reads as lines of tab-separated cells: the newline that closed a cell's
            # last paragraph becomes the separator.
            if chunks and chunks[-1] in ("\n", "\t"):
                chunks.pop()
            chunks.append("\t" if tag == f"{_W}tc" else "\n")
    return chunks


def _on(element: etree._Element) -> bool:
    return element.get(f"{_W}val") not in ("0", "false", "off")


def _ends_section_on_new_page(paragraph: etree._Element) -> bool:
    section = paragraph.find(f"{_W}pPr/{_W}sectPr")
    if section is None:
        return False
    kind = section.find(f"{_W}type")
    return kind is None or kind.get(f"{_W}val") != "continuous"


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return str(value).strip()
