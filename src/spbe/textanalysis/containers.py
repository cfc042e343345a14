"""Checks inside the three containers we accept: PDF, OOXML zip (DOCX, XLSX) and images.

Each check reads only what it needs from a seekable stream: pypdf follows the cross-reference
table to count pages, zipfile reads the central directory, Pillow reads the image header and,
for JPEG, decodes an eighth-size preview.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import PurePosixPath
from typing import IO, Final

from PIL import Image, JpegImagePlugin, PngImagePlugin, UnidentifiedImageError
from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError, PyPdfError

from spbe.textanalysis.errors import UnsafeFile, reason_of

# Zip bombs: python's zipfile never inflates an entry past its declared size, so limits on the
# declared sizes in the central directory bound what python-docx and openpyxl will inflate.
MAX_ZIP_ENTRIES: Final = 10_000
MAX_UNCOMPRESSED_BYTES: Final = 200 * 1024 * 1024
MAX_COMPRESSION_RATIO: Final = 100
# Small documents may compress very well (a sparse sheet, an empty template); below this
# size a high ratio cannot hurt anyone, so only larger contents are held to the ratio.
RATIO_APPLIES_ABOVE: Final = 10 * 1024 * 1024
# Other archives inside the document. Office's own embedded documents (a chart's .xlsx inside
# a .docx) are zips too, but they are allowed: nothing here ever opens them.
NESTED_ARCHIVE_SUFFIXES: Final = frozenset(
    {".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar", ".jar", ".cab"}
)
OOXML_MAIN_PARTS: Final = {
    "word/document.xml": "docx",
    "xl/workbook.xml": "xlsx",
    "ppt/presentation.xml": "pptx",
}

# A full A3 page scanned at 600 dpi is 70 million pixels; Pillow itself warns at 89 million.
MAX_IMAGE_PIXELS: Final = 80_000_000
_IMAGE_OPENERS: Final = {"png": PngImagePlugin.PngImageFile, "jpeg": JpegImagePlugin.JpegImageFile}

# pypdf reports malformed input through its own errors and, deeper in the parser, through the
# standard ones below; all of them mean "this PDF cannot be read".
_PDF_ERRORS: Final = (
    PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    AssertionError,
    RecursionError,
    OverflowError,
    zlib.error,
    struct.error,
)
_ZIP_ERRORS: Final = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError)
_IMAGE_ERRORS: Final = (
    UnidentifiedImageError,
    OSError,
    SyntaxError,
    ValueError,
    EOFError,
    struct.error,
    zlib.error,
    Image.DecompressionBombError,
)


def check_pdf(stream: IO[bytes]) -> int:
    """Return the page count of a readable PDF; refuse encrypted and corrupt ones.

    A PDF with only an owner password (printing or copying restricted, common for downloaded
    regulations) opens without a password and is accepted; one that needs a password to open
    is refused as ``encrypted_pdf``.
    """
    try:
        reader = PdfReader(stream, strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except DependencyError as error:
                raise UnsafeFile("encrypted_pdf") from error
            if opened == PasswordType.NOT_DECRYPTED:
                raise UnsafeFile("encrypted_pdf")
        pages = len(reader.pages)
    except UnsafeFile:
        raise
    except _PDF_ERRORS as error:
        raise UnsafeFile("corrupt_pdf", reason=reason_of(error)) from error
    if pages == 0:
        raise UnsafeFile("corrupt_pdf", reason="it has no pages")
    return pages


def check_office_zip(stream: IO[bytes], extension: str) -> str:
    """Check an OOXML zip for bombs and name its kind: ``docx``, ``xlsx``, ``pptx`` or ``zip``."""
    try:
        with zipfile.ZipFile(stream) as archive:
            entries = archive.infolist()
    except _ZIP_ERRORS as error:
        raise UnsafeFile("corrupt_zip", extension=extension, reason=reason_of(error)) from error
    if len(entries) > MAX_ZIP_ENTRIES:
        raise UnsafeFile(
            "zip_bomb",
            extension=extension,
            reason="entries",
            entries=len(entries),
            limit=MAX_ZIP_ENTRIES,
        )
    uncompressed = sum(entry.file_size for entry in entries)
    compressed = max(1, sum(entry.compress_size for entry in entries))
    if uncompressed > MAX_UNCOMPRESSED_BYTES:
        raise UnsafeFile(
            "zip_bomb",
            extension=extension,
            reason="total_size",
            uncompressed=uncompressed,
            limit=MAX_UNCOMPRESSED_BYTES,
        )
    if uncompressed > RATIO_APPLIES_ABOVE and uncompressed > MAX_COMPRESSION_RATIO * compressed:
        raise UnsafeFile(
            "zip_bomb",
            extension=extension,
            reason="ratio",
            ratio=uncompressed // compressed,
            limit=MAX_COMPRESSION_RATIO,
        )
    names: set[str] = set()
    for entry in entries:
        if PurePosixPath(entry.filename.lower()).suffix in NESTED_ARCHIVE_SUFFIXES:
            raise UnsafeFile(
                "zip_bomb", extension=extension, reason="nested_archive", entry=entry.filename
            )
        if entry.flag_bits & 0x1:
            raise UnsafeFile("corrupt_zip", extension=extension, reason="encrypted entries")
        if entry.filename in names:
            raise UnsafeFile("corrupt_zip", extension=extension, reason="duplicate entries")
        names.add(entry.filename)
    return next((kind for part, kind in OOXML_MAIN_PARTS.items() if part in names), "zip")


_JPEG_TAIL = 4096


def check_image(stream: IO[bytes], kind: str) -> None:
    """Check that a PNG or JPEG opens, is not a decompression bomb and is not truncated."""
    opener = _IMAGE_OPENERS[kind]
    try:
        # The format's own reader parses only the header; unlike Image.open it applies no
        # process-wide pixel limit, so the limit below is the one that decides.
        with opener(stream) as image:
            width, height = image.size
            if width * height > MAX_IMAGE_PIXELS:
                raise UnsafeFile("image_too_large", pixels=width * height, limit=MAX_IMAGE_PIXELS)
            if kind == "png":
                image.verify()
                return
            # JPEG has no checksum to verify; decoding an eighth-size preview (cheap: the DCT
            # scales down) finds truncated and garbled files before OCR does.
            image.draft("L", (max(1, width // 8), max(1, height // 8)))
            image.load()
        if kind == "jpeg":
            _check_jpeg_end(stream)
    except UnsafeFile:
        raise
    except _IMAGE_ERRORS as error:
        raise UnsafeFile("corrupt_image", reason=reason_of(error)) from error


def _check_jpeg_end(stream: IO[bytes]) -> None:
    """A complete JPEG ends with its end-of-image marker (a few trailing bytes are tolerated).

    Pillow pads a truncated JPEG silently when ``ImageFile.LOAD_TRUNCATED_IMAGES`` is set, and
    WeasyPrint sets it process-wide when imported, so the decoder alone cannot be trusted here.
    """
    stream.seek(0, 2)
    size = stream.tell()
    stream.seek(max(0, size - _JPEG_TAIL))
    if b"\xff\xd9" not in stream.read(_JPEG_TAIL):
        raise UnsafeFile("corrupt_image", reason="the JPEG ends before its end-of-image marker")
