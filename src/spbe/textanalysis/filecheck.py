"""Deciding whether an uploaded evidence file may be stored at all.

:func:`inspect_upload` runs before anything is written: it checks the name, the size, the
magic bytes against the extension, and then the container itself (PDF, OOXML zip, image),
reading only headers, the PDF cross-reference table and the zip central directory. A refusal
is an :class:`UnsafeFile` whose ``code`` the caller translates.

Stored files should be named by their SHA-256 (:func:`sha256_of`), never by the display name.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass
from typing import IO, Final, Literal

import filetype

from spbe.textanalysis.errors import UnsafeFile
from spbe.textanalysis.polyglots import check_pdf_is_only_a_pdf

FileKind = Literal["pdf", "docx", "xlsx", "png", "jpeg"]

DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024
MAX_NAME_LENGTH: Final = 255
# The display name keeps the user's own words, shortened so that it fits in a table cell.
DISPLAY_STEM_LENGTH: Final = 150

EXTENSIONS: Final[dict[str, FileKind]] = {
    "pdf": "pdf",
    "docx": "docx",
    "xlsx": "xlsx",
    "png": "png",
    "jpg": "jpeg",
    "jpeg": "jpeg",
}
_DRIVE = re.compile(r"^[A-Za-z]:")
_SPACES = re.compile(r"\s+")
# Acrobat accepts a PDF header anywhere in the first kilobyte; some scanners write junk first.
_PDF_HEADER_WINDOW: Final = 1024
_SNIFF_BYTES: Final = 8192


@dataclass(frozen=True)
class CheckedFile:
    """An upload that passed every check: its kind, a name safe to show, its size in bytes."""

    kind: FileKind
    display_name: str
    size: int
    page_count: int | None = None


def inspect_upload(name: str, stream: IO[bytes], *, size: int, max_bytes: int) -> CheckedFile:
    """Check an upload before it is stored; raise :class:`UnsafeFile` if it must be refused.

    ``stream`` must be seekable (a Django ``UploadedFile``'s ``file``, an open temporary file,
    ``BytesIO``). It is read in small pieces and left at position 0; only a PDF with a damaged
    cross-reference table is read whole, once, by pypdf's repair. ``size`` is the size the
    upload handler counted; the stream's real length is checked too.
    """
    display_name, extension = check_name(name)
    kind = EXTENSIONS[extension]
    if size > max_bytes:
        raise UnsafeFile("too_large", size=size, max_bytes=max_bytes)
    stream.seek(0, io.SEEK_END)
    actual = stream.tell()
    if actual == 0:
        raise UnsafeFile("empty")
    if actual > max_bytes:
        raise UnsafeFile("too_large", size=actual, max_bytes=max_bytes)
    # pypdf and Pillow are imported by the first upload checked, not with the upload pages.
    from spbe.textanalysis import containers

    stream.seek(0)
    try:
        header = stream.read(_SNIFF_BYTES)
        detected = sniff(header)
        stream.seek(0)
        page_count = None
        if kind == "pdf":
            _expect(detected, "pdf", extension)
            check_pdf_is_only_a_pdf(stream, header)
            page_count = containers.check_pdf(stream)
        elif kind in ("docx", "xlsx"):
            _expect(detected, "zip", extension)
            _expect(containers.check_office_zip(stream, extension), kind, extension)
        else:
            _expect(detected, kind, extension)
            containers.check_image(stream, kind)
    finally:
        stream.seek(0)
    return CheckedFile(kind=kind, display_name=display_name, size=actual, page_count=page_count)


def check_name(name: str) -> tuple[str, str]:
    """Return ``(display_name, extension)`` for an uploaded file name, or raise UnsafeFile.

    Any folder path (``/``, ``\\``, ``..``, a drive letter), NUL, control or invisible
    formatting character (such as the right-to-left override used to disguise ``.exe``) is
    refused rather than silently stripped, so the user learns why the name changed nothing.
    """
    if not name.strip() or len(name) > MAX_NAME_LENGTH:
        raise UnsafeFile("bad_name", limit=MAX_NAME_LENGTH)
    if (
        "/" in name
        or "\\" in name
        or ".." in name
        or _DRIVE.match(name)
        or any(unicodedata.category(char) in ("Cc", "Cf") for char in name)
    ):
        raise UnsafeFile("path_in_name", name=name)
    normalized = _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()
    stem, dot, extension = normalized.rpartition(".")
    extension = extension.lower()
    if not dot or extension not in EXTENSIONS:
        raise UnsafeFile("bad_extension", extension=extension if dot else "")
    stem = stem.strip(" .") or "bukti-dukung"
    return f"{stem[:DISPLAY_STEM_LENGTH].rstrip(' .')}.{extension}", extension


def sniff(header: bytes) -> str:
    """Name what the first bytes of a file are: ``pdf``, ``zip``, ``png``, ``jpeg``, ``ole2``.

    ``ole2`` is the container of legacy ``.doc``/``.xls`` files and of password-protected
    DOCX/XLSX. Anything else is named by the ``filetype`` package's guess, or ``unknown``.
    """
    if b"%PDF-" in header[:_PDF_HEADER_WINDOW]:
        return "pdf"
    if header.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if header.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if header.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if header.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole2"
    guess = filetype.guess_extension(header)
    return str(guess) if guess else "unknown"


def sha256_of(stream: IO[bytes], *, chunk_size: int = 1024 * 1024) -> str:
    """The hex SHA-256 of a stream, read from the start in chunks; leaves it at position 0."""
    digest = hashlib.sha256()
    stream.seek(0)
    while chunk := stream.read(chunk_size):
        digest.update(chunk)
    stream.seek(0)
    return digest.hexdigest()


def _expect(detected: str, expected: str, extension: str) -> None:
    if detected != expected:
        raise UnsafeFile("content_mismatch", extension=extension, detected=detected)
