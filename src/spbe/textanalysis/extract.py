"""The text of an accepted evidence file, page by page, with OCR where a page is a scan.

:func:`extract_pages` is what the background task and the pre-check rules call. It never
hangs on the external programs (pdftoppm and Tesseract run with timeouts, the whole run has a
deadline) and reports every failure as :class:`ExtractionFailed`. For a hard limit on time and
memory around the pure-Python parsers too, run it through
:func:`spbe.textanalysis.isolated.extract_pages_isolated`.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from spbe.textanalysis.errors import Deadline, ExtractionFailed, reason_of
from spbe.textanalysis.ocr import (
    DEFAULT_LANGUAGE,
    OcrEngine,
    OcrResult,
    TesseractOcr,
    prepare_photo,
)

if TYPE_CHECKING:
    from spbe.textanalysis import pdftext

DEFAULT_TIMEOUT: Final = 1800.0
DEFAULT_OCR: Final = TesseractOcr()
# Tesseract runs one thread per page (see ocr.py), so pages are read side by side.
DEFAULT_JOBS: Final = max(1, min(4, os.cpu_count() or 1))
KINDS: Final = frozenset({"pdf", "docx", "xlsx", "png", "jpeg"})

_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class PageText:
    """The text of one page (1-based ``number``); ``ocr`` tells whether OCR produced it.

    ``label`` names the page where the format has names (an XLSX sheet title);
    ``confidence`` is Tesseract's mean word confidence (0–100) for OCR pages.
    """

    number: int
    text: str
    ocr: bool
    label: str = ""
    confidence: float | None = None


@dataclass(frozen=True)
class ExtractedText:
    """Every page of a document in order, and whether any page needed OCR.

    ``unread_pages`` lists scanned pages left empty because no OCR engine was given;
    ``truncated`` says that a very large workbook was read only in part.
    """

    pages: list[PageText]
    ocr_used: bool
    unread_pages: list[int] = field(default_factory=list)
    truncated: bool = False

    @property
    def text(self) -> str:
        """All pages' text, a blank line between pages."""
        return "\n\n".join(page.text for page in self.pages if page.text)


def extract_pages(
    path: Path,
    kind: str,
    *,
    ocr: OcrEngine | None = DEFAULT_OCR,
    language: str = DEFAULT_LANGUAGE,
    timeout: float = DEFAULT_TIMEOUT,
    jobs: int = DEFAULT_JOBS,
) -> ExtractedText:
    """Extract the text of ``path`` (already accepted by ``inspect_upload`` as ``kind``).

    PDF pages come from their text layer, except pages that look scanned (see
    :func:`pdftext.looks_scanned`), which are rendered and read by ``ocr``. DOCX pages split
    at page breaks, XLSX pages are worksheets, PNG and JPEG are one OCR page. With
    ``ocr=None`` nothing is OCR'd and scanned pages are listed in ``unread_pages``.
    """
    if kind not in KINDS:
        raise ExtractionFailed("unsupported_kind", kind=kind)
    # The readers (openpyxl, pdfminer, Pillow) are imported by the first file read, not by
    # every process that imports the evidence pages.
    from PIL import Image

    from spbe.textanalysis import office

    deadline = Deadline.after(timeout)
    if kind == "pdf":
        return _pdf(path, ocr=ocr, language=language, deadline=deadline, jobs=jobs)
    if kind == "docx":
        texts = office.docx_pages(path, deadline=deadline)
        pages = [PageText(number, clean(text), ocr=False) for number, text in enumerate(texts, 1)]
        return ExtractedText(pages=pages, ocr_used=False)
    if kind == "xlsx":
        sheets, truncated = office.xlsx_sheets(path, deadline=deadline)
        pages = [
            PageText(number, clean(sheet.text), ocr=False, label=sheet.title)
            for number, sheet in enumerate(sheets, 1)
        ]
        return ExtractedText(pages=pages, ocr_used=False, truncated=truncated)
    if ocr is None:
        return ExtractedText(pages=[PageText(1, "", ocr=False)], ocr_used=False, unread_pages=[1])
    with tempfile.TemporaryDirectory(prefix="spbe-ocr-") as scratch:
        try:
            image = prepare_photo(path, Path(scratch))
        except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError) as error:
            raise ExtractionFailed("unreadable", kind=kind, reason=reason_of(error)) from error
        result = _read(ocr, image, language=language, dpi=None, page=1)
    page = PageText(1, clean(result.text), ocr=True, confidence=result.confidence)
    return ExtractedText(pages=[page], ocr_used=True)


def clean(text: str) -> str:
    """Normalise extracted text for matching: NFKC (ligatures such as "ﬁ" become "fi"),
    no NUL or soft hyphens, no trailing spaces, at most one blank line in a row."""
    text = unicodedata.normalize("NFKC", text).replace("\x00", "").replace("\u00ad", "")
    lines = (line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _pdf(
    path: Path, *, ocr: OcrEngine | None, language: str, deadline: Deadline, jobs: int
) -> ExtractedText:
    from spbe.textanalysis import pdftext

    layers = list(pdftext.read_pages(path, deadline=deadline))
    scans = [layer for layer in layers if layer.looks_scanned()]
    pages = {layer.number: PageText(layer.number, clean(layer.text), ocr=False) for layer in layers}
    if ocr is None:
        unread = [layer.number for layer in scans]
        return ExtractedText(pages=list(pages.values()), ocr_used=False, unread_pages=unread)

    def read_scan(layer: pdftext.PdfPage) -> PageText:
        deadline.check("OCR", page=layer.number)
        with tempfile.TemporaryDirectory(prefix="spbe-ocr-") as scratch:
            dpi = layer.render_dpi()
            image = pdftext.render_page(path, layer.number, dpi=dpi, directory=Path(scratch))
            result = _read(ocr, image, language=language, dpi=dpi, page=layer.number)
        text = clean(result.text)
        if pdftext.count_readable(text) < layer.readable_chars:
            # The text layer said more than OCR could read (a cover photo with a title).
            return pages[layer.number]
        return PageText(layer.number, text, ocr=True, confidence=result.confidence)

    pool = ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="spbe-ocr")
    try:
        for future in [pool.submit(read_scan, layer) for layer in scans]:
            page = future.result()
            pages[page.number] = page
    finally:
        # After a failure the pages still queued are dropped, not OCR'd for nothing.
        pool.shutdown(wait=True, cancel_futures=True)
    ordered = [pages[number] for number in sorted(pages)]
    return ExtractedText(pages=ordered, ocr_used=any(page.ocr for page in ordered))


def _read(
    engine: OcrEngine, image: Path, *, language: str, dpi: int | None, page: int
) -> OcrResult:
    try:
        return engine.read(image, language=language, dpi=dpi)
    except ExtractionFailed as error:
        if "page" in error.params:
            raise
        raise ExtractionFailed(error.code, **error.params, page=page) from error
