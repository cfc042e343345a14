"""What a document is: kind, number and year, enacted or draft, its issuing agency, the date
of enactment and the period it covers (see ``spbe.precheck.dates``).

Read from the title block (kind, number, year, agency), the closing (signature and
promulgation) and draft markers. An enacted regulation carries "Ditetapkan di … pada tanggal
<date>" followed by the signer's office ("WALI KOTA PEMATANGSIANTAR,") and name, or
"Diundangkan di …", or is a certified copy ("Salinan sesuai dengan aslinya"). A draft says
RANCANGAN, KONSEP or DRAF at its head or on its pages, or leaves the number and the date as
dots ("NOMOR … TAHUN 2023", "pada tanggal ……").
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import Literal

from spbe.precheck.agency import Agency, detect_agency, parse_agency, same_agency
from spbe.precheck.dates import Period, enactment_date, find_period
from spbe.precheck.rules import DocumentKind
from spbe.precheck.structure import Part, Structure, parse_structure
from spbe.precheck.text import excerpt

Status = Literal["enacted", "draft", "unknown"]

_I = re.IGNORECASE
_HEADS = r"(WALI\s*KOTA|BUPATI|GUBERNUR|MENTERI|KEPALA\s+BADAN|KEPALA\s+LEMBAGA)"
# Earliest match in the title block wins, so "LAPORAN … RANCANGAN PERATURAN WALI KOTA" is a
# report and "RANCANGAN PERATURAN WALI KOTA" a mayor's regulation (in draft).
_KINDS: list[tuple[DocumentKind, re.Pattern[str]]] = [
    (DocumentKind.PERWALI, re.compile(r"\bPERATURAN\s+WALI\s*KOTA\b", _I)),
    (DocumentKind.PERBUP, re.compile(r"\bPERATURAN\s+BUPATI\b", _I)),
    (DocumentKind.PERGUB, re.compile(r"\bPERATURAN\s+GUBERNUR\b", _I)),
    (DocumentKind.PERMEN, re.compile(r"\bPERATURAN\s+(MENTERI|BADAN|LEMBAGA|KEPALA)\b", _I)),
    (DocumentKind.PERDA, re.compile(r"\bPERATURAN\s+DAERAH\b", _I)),
    (
        DocumentKind.SK,
        re.compile(
            r"\bSURAT\s+KEPUTUSAN\b|\bKEPUTUSAN\s+(KEPALA\s+DINAS|SEKRETARIS|DIREKTUR|CAMAT|KEPALA\s+BIDANG)\b",
            _I,
        ),
    ),
    (DocumentKind.KEPUTUSAN, re.compile(r"\bKEPUTUSAN\s+" + _HEADS, _I)),
    (DocumentKind.SURAT_EDARAN, re.compile(r"\bSURAT\s+EDARAN\b", _I)),
    (
        DocumentKind.SOP,
        re.compile(r"\bSTANDAR\s+(OPERASIONAL\s+PROSEDUR|PROSEDUR\s+OPERASIONAL)\b|\bSOP\b", _I),
    ),
    (DocumentKind.NOTULEN, re.compile(r"\bNOTUL(EN|A|ENSI)\b|\bRISALAH\s+RAPAT\b", _I)),
    (
        DocumentKind.RKA,
        re.compile(
            r"\bRENCANA\s+KERJA\s+(DAN\s+)?ANGGARAN\b|\bRKA(\s*-\s*|\s+)(SKPD|OPD|PD)\b", _I
        ),
    ),
    (
        DocumentKind.DPA,
        re.compile(r"\bDOKUMEN\s+PELAKSANAAN\s+ANGGARAN\b|\bDPA(\s*-\s*|\s+)(SKPD|OPD|PD)\b", _I),
    ),
    (
        DocumentKind.PERJANJIAN,
        re.compile(
            r"\bNOTA\s+KESEPAHAMAN\b|\bMEMORANDUM\s+OF\s+UNDERSTANDING\b|"
            r"\bPERJANJIAN\s+KERJA\s*SAMA\b",
            _I,
        ),
    ),
    (DocumentKind.LAPORAN, re.compile(r"\bLAPORAN\b", _I)),
]
_SCREEN = re.compile(r"https?://|www\.|\b(beranda|login|masuk|unduh|dashboard|dasbor)\b", _I)

_NUMBER = re.compile(
    r"\bNOMOR\s*[:.]?\s*([0-9Il][0-9A-Za-z./\-]*)(?:\s+TAHUN\s+((?:19|20)\d\d))?", _I
)
_YEAR = re.compile(r"\bTAHUN\s+((?:19|20)\d\d)\b", _I)
_MONTHS = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    "nopember|november|desember"
)
_DATE = re.compile(r"\b(\d{1,2})\s+(" + _MONTHS + r")\s+((?:19|20)\d\d)\b", _I)
_ENACTED_AT = re.compile(r"ditetap\w*\s+d[il1]\s+\S+.{0,40}?pada\s+tanggal\s+(.{0,40})", _I | re.S)
_PROMULGATED = re.compile(r"\bdiundangkan\s+d[il1]\s+\S+", _I)
_CERTIFIED = re.compile(r"salinan\s+sesuai\s+dengan\s+aslinya", _I)
_SIGNER = re.compile(
    r"^\s*(?:(?:pj|plt|plh|a\.?\s?n)\.?\s+)?("
    + _HEADS[1:-1]
    + r"|KEPALA|SEKRETARIS\s+DAERAH)\b.*$",
    re.M | _I,
)
_NAME_LINE = re.compile(r"^\s*(?!ttd\b|cap\b|diundangkan\b)[A-Za-z][A-Za-z.,' ]{3,}$", re.I)
NUMBERED_KINDS = frozenset(
    {
        DocumentKind.PERWALI,
        DocumentKind.PERBUP,
        DocumentKind.PERGUB,
        DocumentKind.PERMEN,
        DocumentKind.PERDA,
        DocumentKind.KEPUTUSAN,
        DocumentKind.SK,
        DocumentKind.SURAT_EDARAN,
    }
)
_DRAFT = re.compile(r"^\W*(RANCANGAN|KONSEP|DRAF|DRAFT)\b", re.M | _I)
# Documents that record rather than decide: never enacted, never drafts.
UNSIGNED_KINDS = frozenset(
    {DocumentKind.NOTULEN, DocumentKind.LAPORAN, DocumentKind.TANGKAPAN_LAYAR}
)
_LETTERHEAD = re.compile(
    r"^(PEMERINTAH|DINAS|BADAN|KEMENTERIAN|SEKRETARIAT|JALAN|JL\.|TELP|TELEPON|LAMAN|E-?MAIL)\b", _I
)
_BLANK_DATE = re.compile(r"pada\s+tanggal\s*[.…_]{2,}", _I)


@dataclass(frozen=True)
class DocumentFacts:
    """What the pre-check found out about the document itself."""

    kind: DocumentKind
    title: str | None
    number: str | None
    year: int | None
    status: Status
    evidence_page: int | None
    evidence_quote: str | None
    agency: Agency | None
    belongs_to_agency: bool | None
    enacted_on: datetime.date | None = None
    period: Period | None = None

    @property
    def enacted(self) -> bool | None:
        """True when enacted, False for a draft, None when the document does not say."""
        return {"enacted": True, "draft": False, "unknown": None}[self.status]


def describe_document(pages: list[str], *, agency: str | None = None) -> DocumentFacts:
    """The facts of a document given as the text of each page."""
    return describe_structure(parse_structure(pages), agency=agency)


def describe_structure(structure: Structure, *, agency: str | None = None) -> DocumentFacts:
    """The facts of an already parsed document; ``agency`` is the evaluated agency's name."""
    head = structure.zone(Part.TITLE) or structure.text[:600]
    closing = structure.zone(Part.CLOSING)
    kind = detect_kind(head, structure)
    numbered = kind in NUMBERED_KINDS
    number, year = detect_number_and_year(head if numbered else "", closing or structure.text)
    status, page, quote = _status(structure, kind)
    issuer = detect_agency([head, closing])
    belongs = None
    if agency and issuer:
        belongs = same_agency(issuer, parse_agency(agency))
    return DocumentFacts(
        kind=kind,
        title=_title(head),
        number=number,
        year=year,
        status=status,
        evidence_page=page,
        evidence_quote=quote,
        agency=issuer,
        belongs_to_agency=belongs,
        enacted_on=enactment_date(closing, structure.text),
        period=find_period(head),
    )


def detect_kind(head: str, structure: Structure | None = None) -> DocumentKind:
    """The kind named first in a document's title block; a page of scattered short lines
    with web addresses or menu words is taken for a screenshot."""
    best: tuple[int, DocumentKind] | None = None
    for kind, pattern in _KINDS:
        match = pattern.search(head)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), kind)
    if best:
        return best[1]
    text = structure.text if structure else head
    if _SCREEN.search(text) and len(text) < 2500:
        return DocumentKind.TANGKAPAN_LAYAR
    return DocumentKind.LAINNYA


def detect_number_and_year(head: str, closing: str = "") -> tuple[str | None, int | None]:
    """The number and year in the title block ("NOMOR 12 TAHUN 2023", or a decree's
    "NOMOR: 100.3.3.2/245/2024"); a draft's dotted number gives None; without a "TAHUN",
    the year of the signature date."""
    number: str | None = None
    year: int | None = None
    match = _NUMBER.search(head)
    if match:
        number = _ocr_digits(match.group(1).rstrip("./-"))
        if number and match.group(2):
            year = int(match.group(2))
    if year is None and number:
        tail = re.search(r"/((?:19|20)\d\d)$", number)
        year = int(tail.group(1)) if tail else None
    if year is None:
        found = _YEAR.search(head)
        if found:
            year = int(found.group(1))
    if year is None:
        date = _DATE.search(closing) or _DATE.search(head)
        year = int(date.group(3)) if date else None
    return number, year


def _ocr_digits(number: str) -> str | None:
    """A number as written, with OCR's "l" and "I" for "1" put right ("l2" → "12")."""
    if re.fullmatch(r"[0-9Il]+", number):
        return number.translate(str.maketrans("Il", "11"))
    return number if number[0].isdigit() else None


def _signed(span: str) -> bool:
    """Whether a closing has a signer's office line followed by a name."""
    lines = [line for line in span.split("\n") if line.strip()]
    for index, line in enumerate(lines):
        if _SIGNER.match(line) and not re.search(r"ditetap|diundangkan", line, _I):
            return any(_NAME_LINE.match(after) for after in lines[index + 1 : index + 4])
    return False


def _status(structure: Structure, kind: DocumentKind) -> tuple[Status, int | None, str | None]:
    text = structure.text
    if kind in UNSIGNED_KINDS:
        return "unknown", None, None
    marker = _draft_marker(structure)
    if marker is not None:
        start, end = marker
        return "draft", structure.page_at(start), excerpt(text, start, end, limit=120)
    for segment in structure.parts(Part.CLOSING):
        span = structure.span(segment)
        if _BLANK_DATE.search(span):
            return "draft", structure.page_at(segment.start), excerpt(span, 0, len(span), limit=120)
        enacted = _ENACTED_AT.search(span)
        if enacted and _DATE.search(enacted.group(1)) and _signed(span):
            return "enacted", structure.page_at(segment.start), _signature_quote(span)
        if _PROMULGATED.search(span):
            return "enacted", structure.page_at(segment.start), _signature_quote(span)
    certified = _CERTIFIED.search(text)
    if certified:
        start = certified.start()
        return "enacted", structure.page_at(start), excerpt(text, start, certified.end())
    return "unknown", None, None


def _draft_marker(structure: Structure) -> tuple[int, int] | None:
    """Where a draft marker stands: at the start of a line of the title block (not as the
    first word of the title after TENTANG), or alone on one of the first lines of a page (a
    header or watermark)."""
    text = structure.text
    title_end = max((s.end for s in structure.parts(Part.TITLE)), default=min(len(text), 600))
    previous = ""
    for line, start in _lines_from(text, 0, title_end):
        match = _DRAFT.match(line)
        if match and previous.upper() != "TENTANG":
            return start + match.start(1), start + match.end(1)
        previous = line.strip() or previous
    for page_start in structure.page_starts:
        for line, start in list(_lines_from(text, page_start, len(text)))[:3]:
            match = _DRAFT.match(line)
            if match and not line[match.end() :].strip():
                return start + match.start(1), start + match.end(1)
    return None


def _lines_from(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The non-empty lines of ``text[start:end]`` with their offsets."""
    lines = []
    offset = start
    for line in text[start:end].split("\n"):
        if line.strip():
            lines.append((line, offset))
        offset += len(line) + 1
    return lines


def _signature_quote(span: str) -> str:
    """The signature block up to the promulgation ("Diundangkan di …"), if any."""
    promulgation = _PROMULGATED.search(span)
    if promulgation and promulgation.start() > 0:
        span = span[: promulgation.start()]
    return excerpt(span, 0, min(len(span), 160), limit=200)


def _title(head: str) -> str | None:
    """The subject after a TENTANG in the title block, up to the issuer's line ("WALI KOTA
    …,") or "DENGAN RAHMAT …"; without a TENTANG, the block's first line."""
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    for index, line in enumerate(lines):
        if re.match(r"TENTANG\b", line):
            taken = [line[len("TENTANG") :].strip(" :")]
            for after in lines[index + 1 :]:
                if re.match(r"DENGAN\s+RAHMAT\b", after, _I) or after.endswith(","):
                    break
                taken.append(after)
            return " ".join(" ".join(taken).split()).strip(" .,:")[:200] or None
    body = [line for line in lines if not _LETTERHEAD.match(line)] or lines
    return " ".join(body[:2])[:200] if body else None
