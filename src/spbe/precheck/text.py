"""Text clean-up and the matching of rule wordings, tolerant of PDF and OCR artefacts.

Text extracted from a PDF breaks lines in the middle of sentences, hyphenates words across
lines and may carry ligatures; OCR adds doubled or dropped spaces. Everything the pre-check
reads first goes through :func:`normalise_page`, and every wording of a rule is compiled by
:func:`compile_wording`, in which a literal space accepts any run of whitespace (or stray
stops), or none.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad]\n[ \t]*(\w)")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_SPACES = re.compile(r"[ \u00a0]+")
# A table row arrives as its cells separated by tabs (DOCX, reconstructed PDF tables); any run
# of blanks holding a tab stays one tab, so the row can still be read as cells.
_CELL_BREAK = re.compile(r"[ \t\u00a0]*\t[ \t\u00a0]*")
_BLANK_LINES = re.compile(r"\n\s*\n+")
# Specks on a scan become stray stops inside sentences: "evaluasi.terhadap", "secara. berkala",
# "kebutuhan:-aset". Indonesian never starts a sentence in lower case after a word of three
# letters or more, nor glues two words with a colon, so such a stop is noise ("a. bahwa",
# "Rp2.000", "Jl. Merdeka" and a word's own hyphen, "e-government", are left alone).
_STRAY_STOP = re.compile(r"(?<=[a-z])(?:[.,:;]-?|-[.,:;])(?=[a-z])|(?<=[a-z]{3})\. (?=[a-z])")
# OCR reads a per cent sign after a number as "Yo", "Y6" or "Y0" ("100 Yo"); no Indonesian
# word is one of them after a figure.
_PERCENT_AS_YO = re.compile(r"(?<=\d) ?Y[o06]\b")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def normalise_page(text: str) -> str:
    """A page's text with ligatures expanded, words re-joined across hyphenated line breaks,
    runs of spaces collapsed and blank lines reduced to one; line breaks are kept, because
    the structure of a regulation (``Pasal 5`` on its own line) is read from them, and so is
    one tab between the cells of a table row."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = _DASHES.sub("-", text).replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _PERCENT_AS_YO.sub(" %", _HYPHEN_BREAK.sub(r"\1\2", text))
    text = _STRAY_STOP.sub(" ", _SPACES.sub(" ", _CELL_BREAK.sub("\t", text)))
    lines = [line.strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def flatten(text: str) -> str:
    """The text on one line: every run of whitespace becomes one space."""
    return " ".join(text.split())


@lru_cache(maxsize=4096)
def compile_wording(wording: str) -> re.Pattern[str]:
    """The pattern for one accepted wording of a rule.

    A wording is a regular expression, matched without regard to case and with ``.`` also
    matching line breaks. Each literal space in it matches any run of whitespace, stops and
    commas, or none, so ``"keamanan spbe"`` also finds ``"Keamanan\\nSPBE"``, OCR's
    ``"KeamananSPBE"`` and a speck read as ``"Keamanan.\\nSPBE"``. Escaped spaces and spaces
    inside character classes are left alone.
    """
    return re.compile(_loosen_spaces(wording), re.IGNORECASE | re.DOTALL)


def _loosen_spaces(wording: str) -> str:
    out: list[str] = []
    in_class = False
    escaped = False
    for char in wording:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        elif char == "[":
            in_class = True
            out.append(char)
        elif char == "]":
            in_class = False
            out.append(char)
        elif char == " " and not in_class:
            out.append(r"[\s.,]*")
        else:
            out.append(char)
    return "".join(out)


def excerpt(text: str, start: int, end: int, *, limit: int = 200) -> str:
    """At most ``limit`` characters of ``text`` on one line around the span ``start:end``,
    cut at word boundaries, with an ellipsis where text was left out."""
    if end - start >= limit:
        return flatten(text[start:end])[: limit - 1].rstrip() + "…"
    room = limit - (end - start)
    left = max(0, start - room // 3)
    right = min(len(text), end + room - (start - left))
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    body = flatten(text[left:right])
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    while len(prefix) + len(body) + len(suffix) > limit:
        body = body[:-1]
    return f"{prefix}{body}{suffix}"
