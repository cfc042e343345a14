"""Refusing a PDF that is also another kind of file (a polyglot).

A polyglot is a file that two programs read as two different things: a valid PDF that a
browser also reads as a web page (markup before the ``%PDF-`` header, which Acrobat tolerates
in the first kilobyte, or after the last ``%%EOF``), or a valid PDF that an unzipper also reads
as an archive (a zip appended to the PDF or hidden in one of its streams). The product serves
evidence only as an attachment with ``X-Content-Type-Options: nosniff``, so a browser should
never render one, but a downloaded copy is opened by whatever program the reader's computer
picks, and an evidence library has no reason to hold a file that is two things. They are
refused, not stored inertly.

What is not looked for: JavaScript or forms *inside* the PDF (``/JS``, ``/AcroForm``). They are
part of the PDF format, Acrobat's own forms carry them, and a PDF viewer decides whether to run
them; such a file is stored and served as an attachment like any other.
"""

from __future__ import annotations

import re
import zipfile
from typing import IO, Final

from spbe.textanalysis.errors import UnsafeFile

# The start of a markup tag (HTML, SVG, XML, a PHP opening), as a browser or a script host reads it.
_MARKUP: Final = re.compile(rb"<(?:[!?/]|[a-zA-Z][a-zA-Z0-9]*[\s>/])")
_ZIP_LOCAL_HEADER: Final = b"PK\x03\x04"
_ZIP_END_RECORD: Final = b"PK\x05\x06"
_END_OF_FILE: Final = b"%%EOF"
# Only the file's tail is read, so that a 50 MB scan is not read whole at upload: what follows
# the last ``%%EOF`` (an appended page or zip), and a zip's end record, which an unzipper looks
# for at the end of the file. A zip hidden deeper inside the PDF (its end record followed by
# more than this of the PDF, as a zip comment) is not found: docs/security.md says so.
TAIL_BYTES: Final = 16 * 1024
_ZIP_ERRORS: Final = (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError)


def check_pdf_is_only_a_pdf(stream: IO[bytes], header: bytes) -> None:
    """Raise ``UnsafeFile("polyglot")`` if the PDF is also a web page or an archive.

    ``header`` is the start of the file (it holds the ``%PDF-`` header, which sniffing found in
    its first kilobyte). Leaves the stream at position 0.
    """
    prefix = header[: header.find(b"%PDF-")]
    if _MARKUP.search(prefix) or _ZIP_LOCAL_HEADER in prefix:
        raise UnsafeFile("polyglot", other="html" if _MARKUP.search(prefix) else "zip")
    try:
        stream.seek(0, 2)
        size = stream.tell()
        stream.seek(max(0, size - TAIL_BYTES))
        tail = stream.read()
        end = tail.rfind(_END_OF_FILE)
        after = tail[end + len(_END_OF_FILE) :] if end >= 0 else b""
        if _MARKUP.search(after):
            raise UnsafeFile("polyglot", other="html")
        if _ZIP_LOCAL_HEADER in after or (_ZIP_END_RECORD in tail and _opens_as_zip(stream)):
            raise UnsafeFile("polyglot", other="zip")
    finally:
        stream.seek(0)


def _opens_as_zip(stream: IO[bytes]) -> bool:
    """Whether an unzipper finds an archive with at least one entry in the stream."""
    stream.seek(0)
    try:
        with zipfile.ZipFile(stream) as archive:
            return bool(archive.infolist())
    except _ZIP_ERRORS:
        return False
