"""The Pemdi baseline as its page shows it: each Pemdi indicator with the SPBE indicators (by
name, with our level) it is estimated from, and the source's own words kept apart, for the
folded "Sumber" section, without the symbols the server has no font for."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from decimal import Decimal

from spbe.planner.baseline import BaselineItem, PemdiBaseline
from spbe.scoring import ScoringFramework


@dataclass(frozen=True)
class BaselineSource:
    number: int
    name: str
    value: Decimal


@dataclass(frozen=True)
class BaselineRow:
    item: BaselineItem
    sources: tuple[BaselineSource, ...]
    source_text: str
    note: str


def baseline_rows(baseline: PemdiBaseline, spbe: ScoringFramework) -> list[BaselineRow]:
    names = {indicator.number: indicator.name for indicator in spbe.indicators}
    return [
        BaselineRow(
            item=item,
            sources=tuple(
                BaselineSource(number, names.get(number, ""), value)
                for number, value in zip(item.spbe_indicators, item.spbe_values, strict=False)
            ),
            source_text=printable(item.source_text or ""),
            note=printable(item.note or ""),
        )
        for item in baseline.items
    ]


def printable(text: str) -> str:
    """``text`` without pictographs and emoji (Unicode "other symbols" outside the basic
    plane, and the emoji variation selector), which the PDF and the server's fonts lack."""
    kept = (
        char
        for char in text
        if char != "\ufe0f" and not (unicodedata.category(char) == "So" and ord(char) > 0xFFFF)
    )
    return " ".join("".join(kept).split())
