"""Dates in Indonesian documents: the date of enactment and the period a document covers.

Dates are written "12 Maret 2023" (month names in Indonesian, old spellings such as
"Pebruari" and "Nopember", OCR slips such as "Maret" read "Marct" or "0ktober" tolerated) or
numerically "12-03-2023", "12/03/2023", "12.03.2023" (day first). The enactment date is the
one in the closing ("Ditetapkan di … pada tanggal …"), else the promulgation's
("Diundangkan di … pada tanggal …"), else a letter's date line ("Pematangsiantar, 5 Januari
2024"). The period is a span of years ("Tahun 2022-2026", "2022–2026", "periode 2021 sampai
dengan 2026") or a budget year ("Tahun Anggaran 2024").

Every function here takes any text and never raises.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

_I = re.IGNORECASE
MONTHS = (
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
)
_SPELLINGS = {"pebruari": 2, "nopember": 11, "agustus": 8, "agust": 8, "okt": 10, "des": 12}
_OCR = str.maketrans({"0": "o", "1": "l", "|": "l", "c": "e", "5": "s", "8": "b"})
_YEAR = r"([12Il][09Oo][0-9OoIl]{2})"
_DAY = r"([0-3OoIl]?[0-9OoIl])"
_WORD_DATE = re.compile(
    r"\b" + _DAY + r"\s*[.,]?\s+([A-Za-z0-9|]{3,10})\s*[.,]?\s+" + _YEAR + r"\b", _I
)
_NUMERIC_DATE = re.compile(r"\b([0-3]?\d)\s?[-/.]\s?([01]?\d)\s?[-/.]\s?((?:19|20)\d\d)\b")
_ENACTED = re.compile(r"ditetap\w*\s+d[il1]\s+.{0,60}?pada\s+tanggal\s+(.{0,40})", _I | re.S)
_PROMULGATED = re.compile(r"diundang\w*\s+d[il1]\s+.{0,60}?pada\s+tanggal\s+(.{0,40})", _I | re.S)
# A letter's date line: "Pematangsiantar, 5 Januari 2024" alone on its line.
_DATE_LINE = re.compile(r"^\s*[A-Z][A-Za-z .'-]{2,40},\s*(.{6,30}?)\s*$", re.M)
_RANGE = re.compile(
    r"\b((?:19|20)\d\d)\s*(?:-|–|—|s\.?\s?d\.?|sampai\s+dengan|hingga|sampai)\s*((?:19|20)\d\d)\b",
    _I,
)
_BUDGET_YEAR = re.compile(r"\btahun\s+anggaran\s+((?:19|20)\d\d)\b", _I)


@dataclass(frozen=True)
class Period:
    """The years a document covers, both included ("2022–2026": start 2022, end 2026)."""

    start: int
    end: int

    def __str__(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"


def _digits(text: str) -> str:
    """OCR's letters for digits put right ("2O23" → "2023", "l2" → "12")."""
    return text.translate(str.maketrans("OoIl", "0011"))


def month_number(word: str) -> int | None:
    """The month of an Indonesian month name, allowing one OCR slip ("Marct", "0ktober")."""
    word = word.lower().strip(".")
    if word in _SPELLINGS:
        return _SPELLINGS[word]
    if word in MONTHS:
        return MONTHS.index(word) + 1
    mended = word.translate(_OCR)
    candidates = [name for name in MONTHS if len(name) == len(mended) and len(name) >= 4]
    for name in candidates:
        if sum(a != b for a, b in zip(name, mended, strict=True)) <= 1:
            return MONTHS.index(name) + 1
    return None


def _make(year: str, month: int | None, day: str) -> datetime.date | None:
    if month is None:
        return None
    number = int(_digits(year))
    if not 1900 <= number <= 2099:
        return None
    try:
        return datetime.date(number, month, int(_digits(day)))
    except ValueError:
        return None


def parse_date(text: str) -> datetime.date | None:
    """The first valid date written in ``text`` ("12 Maret 2023", "12-03-2023"), or None."""
    found: list[tuple[int, datetime.date]] = []
    for match in _WORD_DATE.finditer(text):
        date = _make(match.group(3), month_number(match.group(2)), match.group(1))
        if date:
            found.append((match.start(), date))
            break
    for match in _NUMERIC_DATE.finditer(text):
        month = int(match.group(2))
        date = _make(match.group(3), month if 1 <= month <= 12 else None, match.group(1))
        if date:
            found.append((match.start(), date))
            break
    return min(found, key=lambda pair: pair[0])[1] if found else None


def format_date(date: datetime.date) -> str:
    """A date as Indonesian documents write it ("12 Maret 2023")."""
    return f"{date.day} {MONTHS[date.month - 1].capitalize()} {date.year}"


def enactment_date(closing: str, text: str = "") -> datetime.date | None:
    """The date of enactment: "Ditetapkan … pada tanggal <date>" in ``closing``, else the
    promulgation's date, else a letter's date line in ``text`` (a document without a
    closing, e.g. a report or a letter)."""
    for pattern in (_ENACTED, _PROMULGATED):
        for match in pattern.finditer(closing or text):
            date = parse_date(match.group(1))
            if date:
                return date
    for match in _DATE_LINE.finditer(closing or text):
        date = parse_date(match.group(1))
        if date:
            return date
    return None


def find_period(text: str) -> Period | None:
    """The period a document covers, from its title block: a span of years (start before
    end, at most 25 years) or a budget year ("Tahun Anggaran 2024")."""
    for match in _RANGE.finditer(text):
        start, end = int(match.group(1)), int(match.group(2))
        if start < end <= start + 25:
            return Period(start, end)
    budget = _BUDGET_YEAR.search(text)
    if budget:
        year = int(budget.group(1))
        return Period(year, year)
    return None


def months_before(day: datetime.date, months: int) -> datetime.date:
    """The same day ``months`` months earlier (the month's last day where it is shorter:
    12 months before 29 February 2028 is 28 February 2027)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    for last in (day.day, 30, 29, 28):
        try:
            return datetime.date(year, month + 1, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has 28 days")
