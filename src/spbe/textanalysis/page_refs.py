"""Page references for a portal note: on which pages of a document an item's words occur.

An evidence item (butir) such as "Dokumen Arsitektur SPBE yang telah ditetapkan" is proven by
some pages of the document linked to it. The agency's note to the portal names them the way the
portal's assessors read them, "hlm. 3–4". This module finds the pages and writes the phrase:

* the item's key terms are its words of three letters or more that are not common Indonesian
  function words (``yang``, ``dan``, ``telah`` …), lower-cased, each counted once;
* a page counts when it holds at least half of the key terms (rounded up), each matched as a
  whole word, whatever its case, and across the line breaks and hyphenations of extracted text;
* the pages are written as ranges: ``hlm. 3–4``, ``hlm. 2, 5, 7–9`` (an en dash, the way the
  portal's assessors write it).

A suggestion, not a proof: the PIC reads the pages before pasting the note.

Pure Python: no Django imports.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence

# Function words of the item texts that say nothing about the document's content.
_STOP_WORDS = frozenset(
    [
        "yang",
        "dan",
        "atau",
        "dengan",
        "untuk",
        "pada",
        "dalam",
        "dari",
        "oleh",
        "dapat",
        "telah",
        "sudah",
        "akan",
        "serta",
        "secara",
        "tersebut",
        "adalah",
        "ini",
        "itu",
        "juga",
        "bagi",
        "sebagai",
        "terhadap",
        "antara",
        "setiap",
        "seluruh",
        "sesuai",
        "paling",
        "sedikit",
        "lebih",
        "kurang",
        "belum",
        "tidak",
        "ada",
        "berupa",
        "melalui",
        "antar",
        "para",
        "masing",
        "baik",
        "maupun",
    ]
)
_WORD = re.compile(r"[^\W\d_]{3,}|[A-Za-z]*\d[\w]*", re.UNICODE)
_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad]\s*\n\s*(\w)")
EN_DASH = "\u2013"


def key_terms(text: str) -> tuple[str, ...]:
    """The words of an item's text that its evidence should contain, in their order."""
    seen: dict[str, None] = {}
    for word in _WORD.findall(text.lower()):
        if len(word) >= 3 and word not in _STOP_WORDS:
            seen.setdefault(word, None)
    return tuple(seen)


def _words_of(page: str) -> frozenset[str]:
    joined = _HYPHEN_BREAK.sub(r"\1\2", page.lower())
    return frozenset(_WORD.findall(joined))


def numbered(pages: Sequence[str]) -> list[tuple[int, str]]:
    """Pages given in order, numbered from 1."""
    return list(enumerate(pages, start=1))


def pages_with_terms(pages: Iterable[tuple[int, str]], terms: Sequence[str]) -> list[int]:
    """The numbers of the pages (number, text) holding at least half of ``terms`` (rounded
    up), in order."""
    wanted = set(terms)
    if not wanted:
        return []
    needed = math.ceil(len(wanted) / 2)
    return [number for number, page in pages if len(wanted & _words_of(page)) >= needed]


def page_ranges(pages: Iterable[int]) -> list[tuple[int, int]]:
    """Runs of consecutive page numbers, each as (first, last), in order, without repeats."""
    runs: list[tuple[int, int]] = []
    for page in sorted(set(pages)):
        if runs and page == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], page)
        else:
            runs.append((page, page))
    return runs


def page_range_phrase(pages: Iterable[int]) -> str:
    """How a note names pages: ``hlm. 3``, ``hlm. 3–4``, ``hlm. 2, 5, 7–9``; "" for none."""
    runs = page_ranges(pages)
    if not runs:
        return ""
    parts = [str(first) if first == last else f"{first}{EN_DASH}{last}" for first, last in runs]
    return "hlm. " + ", ".join(parts)


def page_reference(pages: Iterable[tuple[int, str]], item_text: str) -> str:
    """The phrase for the pages (number, text) of a document where an item's terms occur."""
    return page_range_phrase(pages_with_terms(pages, key_terms(item_text)))
