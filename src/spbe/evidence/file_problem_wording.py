"""File refusals and text-extraction failures in the user's language."""

from __future__ import annotations

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from spbe.textanalysis import AnalysisError, ExtractionFailed, UnsafeFile

ZIP_BOMB_REASONS = {
    "entries": lambda p: _("it holds %(entries)s entries") % p,
    "total_size": lambda p: (
        _("it would expand to %(size)s") % {"size": filesizeformat(_number(p.get("uncompressed")))}
    ),
    "ratio": lambda p: _("it would expand %(ratio)s-fold") % p,
    "nested_archive": lambda p: _("it contains another archive") % p,
}


def _number(value: object) -> float:
    return float(value) if isinstance(value, int | float) else 0.0


class _Params(dict[str, object]):
    """Parameters of a message; a name the error did not give reads as empty, not KeyError."""

    def __missing__(self, key: str) -> str:
        return ""


def describe_file_problem(error: AnalysisError) -> str:
    p = _Params(error.params)
    if isinstance(error, UnsafeFile):
        texts = {
            "empty": _("The file is empty."),
            "too_large": _("The file is %(size)s; the limit is %(limit)s.")
            % {
                "size": filesizeformat(_number(p.get("size"))),
                "limit": filesizeformat(_number(p.get("max_bytes"))),
            },
            "bad_name": _("The file name is empty or too long."),
            "path_in_name": _(
                "The file name contains a folder path or control characters; rename the file."
            ),
            "bad_extension": _(
                "This kind of file is not accepted. Upload a PDF, DOCX, XLSX, PNG or JPEG file."
            ),
            "content_mismatch": _(
                "The file is named .%(extension)s but its content is something else (%(detected)s)."
            )
            % p,
            "encrypted_pdf": _(
                "The PDF is protected with a password. Upload it without the password."
            ),
            "corrupt_pdf": _("The PDF is damaged and cannot be read."),
            "zip_bomb": _(
                "The %(extension)s file was refused because it is built to overload the server: %(detail)s."
            )
            % {
                "extension": p.get("extension", ""),
                "detail": ZIP_BOMB_REASONS.get(str(p.get("reason")), lambda q: "")(p),
            },
            "corrupt_zip": _("The %(extension)s file is not a readable Office document.") % p,
            "corrupt_image": _("The image is damaged and cannot be read."),
            "image_too_large": _("The image is too large (%(pixels)s pixels).") % p,
            "polyglot": _(
                "The PDF also contains a web page or an archive hidden in the same file. "
                "Save the document again as a plain PDF (print it to PDF) and upload that file."
            ),
        }
        return texts.get(error.code, str(error))
    if isinstance(error, ExtractionFailed):
        texts = {
            "unsupported_kind": _("Text cannot be read from this kind of file."),
            "unreadable": _("The file cannot be read."),
            "too_many_pages": _("The document has too many pages (more than %(limit)s).") % p,
            "render_failed": _("A page could not be prepared for text recognition."),
            "ocr_unavailable": _("Text recognition (OCR) is not installed on the server."),
            "ocr_language_missing": _(
                "The Indonesian text recognition model is not installed on the server."
            ),
            "ocr_failed": _("Text recognition (OCR) failed."),
            "timeout": _("Reading the text took too long."),
            "crashed": _("Reading the text stopped unexpectedly."),
        }
        text = texts.get(error.code, str(error))
        if "page" in p:
            text += " " + _("(page %(page)s)") % p
        return text
    return str(error)
