"""Which agency issued a document, and whether that is the agency being evaluated.

A regional regulation names its issuer in its title block ("WALI KOTA PEMATANGSIANTAR",
"BUPATI SIMALUNGUN", "GUBERNUR SUMATERA UTARA") and again in the signature and promulgation
("SEKRETARIS DAERAH KOTA …", "BERITA DAERAH KOTA …"); a letter names it in its letterhead
("PEMERINTAH KOTA PEMATANGSIANTAR"); a ministerial regulation in "MENTERI …". Names are
compared without spaces or case ("Pematang Siantar" is "PEMATANGSIANTAR"), "Walikota" is
"Wali Kota", and a regency and a city of the same name (Kabupaten Bogor, Kota Bogor) differ.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz

AgencyLevel = Literal["kota", "kabupaten", "provinsi", "kementerian", "lembaga"]

LEVEL_NAMES: dict[AgencyLevel, str] = {
    "kota": "Kota",
    "kabupaten": "Kabupaten",
    "provinsi": "Provinsi",
    "kementerian": "Kementerian",
    "lembaga": "Badan",
}

# Similarity (0–100) of two names, spaces and case removed, from which they are one agency.
SAME_NAME = 88

_NAME = r"([A-Z][A-Z .'\-]{2,60}?)"
_STOP = r"(?=\s*(?:,|$|\n|\bNOMOR\b|\bTENTANG\b|\bPROVINSI\b|\bREPUBLIK\b|\bDENGAN\b|\bTAHUN\b))"
# Words after "PEMERINTAH" that are not a province's name.
_NOT_REGIONS = r"(?:KOTA|KABUPATEN|PROVINSI|DAERAH|PUSAT|DESA|KELURAHAN|REPUBLIK|NOMOR)"
_ISSUERS: list[tuple[AgencyLevel, re.Pattern[str]]] = [
    ("kota", re.compile(r"\bWALI[ \t]*KOTA[ \t]+" + _NAME + _STOP, re.M)),
    ("kabupaten", re.compile(r"\bBUPATI[ \t]+" + _NAME + _STOP, re.M)),
    ("provinsi", re.compile(r"\bGUBERNUR[ \t]+" + _NAME + _STOP, re.M)),
    ("kota", re.compile(r"\b(?:PEMERINTAH|DAERAH)[ \t]+KOTA[ \t]+" + _NAME + _STOP, re.M)),
    (
        "kabupaten",
        re.compile(r"\b(?:PEMERINTAH|DAERAH)[ \t]+KABUPATEN[ \t]+" + _NAME + _STOP, re.M),
    ),
    ("provinsi", re.compile(r"\b(?:PEMERINTAH|DAERAH)[ \t]+PROVINSI[ \t]+" + _NAME + _STOP, re.M)),
    # A province whose official name has no "Provinsi": "PEMERINTAH ACEH".
    (
        "provinsi",
        re.compile(r"\bPEMERINTAH[ \t]+(?!" + _NOT_REGIONS + r"\b)" + _NAME + _STOP, re.M),
    ),
    ("kementerian", re.compile(r"\bMENTERI[ \t]+" + _NAME + _STOP, re.M)),
    ("kementerian", re.compile(r"\bKEMENTERIAN[ \t]+" + _NAME + _STOP, re.M)),
    ("lembaga", re.compile(r"\bKEPALA[ \t]+BADAN[ \t]+" + _NAME + _STOP, re.M)),
]
# Words that cannot begin or end a name: "PERATURAN WALI KOTA TENTANG …", "… KOTA INI".
_NOT_NAMES = {"INI", "TENTANG", "DAN", "YANG", "NOMOR", "SELAKU", "DALAM", "PROVINSI", "TAHUN"}

# How a user names an agency. "Pemerintah (Daerah)" may stand before a region's level; a
# province whose official name has no "Provinsi" is "Pemerintah Aceh" (tried last).
_GOVERNMENT = r"(?:pemerintah\s+(?:daerah\s+)?)?"
_GIVEN_LEVELS: list[tuple[AgencyLevel, re.Pattern[str]]] = [
    ("kota", re.compile(r"^(pemkot|" + _GOVERNMENT + r"(?:wali\s*kota|kota))\b\.?", re.I)),
    (
        "kabupaten",
        re.compile(r"^(pemkab|" + _GOVERNMENT + r"(?:bupati|kabupaten|kab))\b\.?", re.I),
    ),
    (
        "provinsi",
        re.compile(r"^(pemprov|" + _GOVERNMENT + r"(?:gubernur|provinsi|prov))\b\.?", re.I),
    ),
    ("kementerian", re.compile(r"^(kementerian|kemen|menteri)\b\.?", re.I)),
    ("lembaga", re.compile(r"^(badan|lembaga)\b\.?", re.I)),
    ("provinsi", re.compile(r"^pemerintah(?:\s+daerah)?\b", re.I)),
]


@dataclass(frozen=True)
class Agency:
    """An agency as a document or a user names it; ``level`` is None when not said."""

    level: AgencyLevel | None
    name: str

    @property
    def key(self) -> str:
        """The name reduced to lower-case letters: "Pematang Siantar" → "pematangsiantar"."""
        return re.sub(r"[^a-z]", "", self.name.lower())

    def __str__(self) -> str:
        return f"{LEVEL_NAMES[self.level]} {self.name}" if self.level else self.name


def detect_agency(zones: list[str]) -> Agency | None:
    """The agency most often named as issuer in the given text zones (the title block, the
    letterhead, the closing), or None if none is named there."""
    found: Counter[Agency] = Counter()
    order: dict[Agency, int] = {}
    for zone in zones:
        upper = zone.upper()
        for level, pattern in _ISSUERS:
            for match in pattern.finditer(upper):
                name = _clean(match.group(1))
                if not name:
                    continue
                agency = Agency(level, name)
                found[agency] += 1
                order.setdefault(agency, len(order))
    if not found:
        return None
    merged = _merge_spellings(found, order)
    return max(merged, key=lambda agency: (merged[agency], -order[agency]))


def parse_agency(text: str) -> Agency:
    """An agency as a user wrote it: "Pemerintah Kota Pematangsiantar", "Kab. Simalungun",
    "Pemprov Sumatera Utara", "Pematangsiantar"."""
    rest = " ".join(text.split())
    for level, pattern in _GIVEN_LEVELS:
        match = pattern.match(rest)
        if match:
            return Agency(level, _title(rest[match.end() :].strip(" .")))
    return Agency(None, _title(rest))


def same_agency(document: Agency, given: Agency) -> bool:
    """Whether two names denote one agency: the names agree (spaces, case and small OCR
    slips aside) and so do the levels, where both are known."""
    if document.level and given.level and document.level != given.level:
        return False
    if not document.key or not given.key:
        return False
    return fuzz.ratio(document.key, given.key) >= SAME_NAME


def _clean(raw: str) -> str:
    words = [word for word in re.split(r"\s+", raw.strip(" .,-'")) if word]
    while words and words[-1] in _NOT_NAMES:
        words.pop()
    if not words or words[0] in _NOT_NAMES:
        return ""
    return _title(" ".join(words))


def _title(name: str) -> str:
    small = {"dan", "atau"}
    return " ".join(w.lower() if w.lower() in small else w.capitalize() for w in name.split())


def _merge_spellings(found: Counter[Agency], order: dict[Agency, int]) -> Counter[Agency]:
    """Count "PEMATANG SIANTAR" and "PEMATANGSIANTAR" (or an OCR slip) as one agency."""
    merged: Counter[Agency] = Counter()
    for agency in sorted(found, key=lambda a: order[a]):
        twin = next((known for known in merged if same_agency(known, agency)), None)
        merged[twin or agency] += found[agency]
    return merged
