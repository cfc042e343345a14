"""The two ways an evidence file can fail: refused at upload, or unreadable afterwards.

Both carry a stable ``code`` and its ``params`` so that each caller (upload form, background
task) can phrase the problem in the user's language; ``str(error)`` is a plain English
description for logs. The codes are listed here so that translators can find them all.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass
from typing import Any, ClassVar

_ZIP_BOMB_REASONS = {
    "entries": "it holds {entries:,} entries (the limit is {limit:,})",
    "total_size": "it expands to {uncompressed:,} bytes (the limit is {limit:,})",
    "ratio": "it expands {ratio:,}-fold (the limit is {limit:,}-fold)",
    "nested_archive": "it contains another archive, {entry!r}",
}


def reason_of(error: BaseException) -> str:
    """A short English reason naming the exception type, for ``params["reason"]`` and logs."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0][:120]}" if lines else type(error).__name__


def last_line(output: bytes, *, fallback: str) -> str:
    """The last line a failed program wrote to stderr (where it says why), or ``fallback``."""
    lines = output.decode("utf-8", "replace").strip().splitlines()
    return lines[-1][:200] if lines else fallback


class AnalysisError(Exception):
    """Base class: a ``code`` naming the problem and the ``params`` that describe it."""

    messages: ClassVar[dict[str, str]] = {}

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.describe(code, params))

    @classmethod
    def describe(cls, code: str, params: dict[str, Any]) -> str:
        """The English sentence for ``code``, naming the page when one is given."""
        sentence = cls.messages[code].format(**params)
        return f"{sentence} (page {params['page']})" if "page" in params else sentence

    def __reduce__(self) -> tuple[Any, tuple[()]]:
        # Background-task runners pickle exceptions; the keyword parameters must survive.
        return functools.partial(type(self), self.code, **self.params), ()


class UnsafeFile(AnalysisError, ValueError):
    """An upload that is refused before anything is stored."""

    messages: ClassVar[dict[str, str]] = {
        "empty": "the file is empty",
        "too_large": "the file is {size:,} bytes, over the limit of {max_bytes:,} bytes",
        "bad_name": "the file name is empty or longer than {limit} characters",
        "path_in_name": "the file name {name!r} contains a folder path or control characters",
        "bad_extension": (
            "files ending in {extension!r} are not accepted; upload PDF, DOCX, XLSX, PNG or JPEG"
        ),
        "content_mismatch": "the file is named .{extension} but its content looks like {detected}",
        "encrypted_pdf": "the PDF is protected with a password",
        "corrupt_pdf": "the PDF cannot be read ({reason})",
        "zip_bomb": "the {extension} file is refused as a zip bomb: {detail}",
        "corrupt_zip": "the {extension} file is not a readable Office document ({reason})",
        "corrupt_image": "the image cannot be read ({reason})",
        "image_too_large": "the image has {pixels:,} pixels, over the limit of {limit:,}",
        "polyglot": "the PDF is also a {other} file (a polyglot)",
    }

    @classmethod
    def describe(cls, code: str, params: dict[str, Any]) -> str:
        if code == "zip_bomb":
            detail = _ZIP_BOMB_REASONS[params["reason"]].format(**params)
            return cls.messages[code].format(detail=detail, **params)
        return super().describe(code, params)


class ExtractionFailed(AnalysisError, RuntimeError):
    """An accepted file whose text could not be read (or not in time)."""

    messages: ClassVar[dict[str, str]] = {
        "unsupported_kind": "cannot extract text from files of kind {kind!r}",
        "unreadable": "the {kind} file cannot be read ({reason})",
        "too_many_pages": "the document has more than {limit:,} pages",
        "render_failed": "the page could not be rendered for OCR ({reason})",
        "ocr_unavailable": "OCR is needed but Tesseract is not installed on the server",
        "ocr_language_missing": "the Tesseract language model {language!r} is not installed",
        "ocr_failed": "OCR failed ({reason})",
        "timeout": "{step} took longer than {seconds:g} seconds",
        "crashed": "text extraction stopped unexpectedly ({reason})",
    }


@dataclass(frozen=True)
class Deadline:
    """The moment by which an extraction must finish, checked between pages and sheets."""

    seconds: float
    ends: float

    @classmethod
    def after(cls, seconds: float) -> Deadline:
        """A deadline ``seconds`` from now (monotonic clock)."""
        return cls(seconds=seconds, ends=time.monotonic() + seconds)

    def check(self, step: str, **params: Any) -> None:
        """Raise ``ExtractionFailed("timeout")`` naming ``step`` if the deadline has passed."""
        if time.monotonic() > self.ends:
            raise ExtractionFailed("timeout", step=step, seconds=self.seconds, **params)
