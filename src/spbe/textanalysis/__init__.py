"""Pure analysis of evidence files (bukti dukung): no Django imports.

* :mod:`.filecheck` decides whether an upload may be stored (:func:`inspect_upload`).
* :mod:`.extract` reads its text page by page, with OCR for scans (:func:`extract_pages`);
  :mod:`.isolated` runs that in a child process with hard time and memory limits.
* :mod:`.ocr` wraps the Tesseract program.

Failures are :class:`UnsafeFile` (refused upload) or :class:`ExtractionFailed` (unreadable
afterwards); both carry a ``code`` and ``params`` for the caller to translate.
"""

from spbe.textanalysis.errors import AnalysisError, ExtractionFailed, UnsafeFile
from spbe.textanalysis.extract import ExtractedText, PageText, extract_pages
from spbe.textanalysis.filecheck import (
    DEFAULT_MAX_BYTES,
    CheckedFile,
    FileKind,
    inspect_upload,
    sha256_of,
)
from spbe.textanalysis.ocr import OcrEngine, OcrResult, TesseractOcr, tesseract_available

__all__ = [
    "DEFAULT_MAX_BYTES",
    "AnalysisError",
    "CheckedFile",
    "ExtractedText",
    "ExtractionFailed",
    "FileKind",
    "OcrEngine",
    "OcrResult",
    "PageText",
    "TesseractOcr",
    "UnsafeFile",
    "extract_pages",
    "inspect_upload",
    "sha256_of",
    "tesseract_available",
]
