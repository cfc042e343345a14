"""Indicators valued by another agency's index: SDI, SJIG, IPS/EPSS, IKASANDI.

The module texts tie levels to ranges of the index. They write the ranges "a < X < b", strict
on both sides, which would leave a value exactly on a boundary without a level. The library
data makes every lower bound inclusive and every upper bound exclusive, except the top range,
which includes the top of the scale: SDI 12.5 is level 2, IKASANDI 4.00 is level 5, SDI 100 is
level 5 (docs/pemdi.md). The bounds and their inclusiveness are data; this module only reads
them.

An index either decides the level (the range is the level) or caps it (the range is one of the
level's items, so the items decide and the index sets the ceiling). Pemdi I11 ties only level 5
to a range: a value below it caps the indicator at level 4.

Until a value is entered, an index counts as the lowest value of its scale: an indicator it
decides counts as level 1, and the reading says the value is pending.

Pure Python: no Django imports.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from spbe.scoring.model import ExternalIndex, Number
from spbe.scoring.values import ScoringInputError


@dataclass(frozen=True, slots=True)
class ExternalValue:
    """A value of an external index as the agency entered it, with the year it measures."""

    value: Decimal
    year: int


@dataclass(frozen=True, slots=True)
class ExternalReading:
    """What an external index says about its indicator in one evaluation."""

    indicator: int
    index_name: str
    value: Decimal | None
    year: int | None
    level: int  # the level the value supports (or, while pending, the level counted)
    pending: bool  # no value entered yet
    outdated: bool  # the value measures a year before the evaluation year


def level_from_index(index: ExternalIndex, value: Number) -> int:
    """The highest level a value of the index supports, under the data's boundary rule.

    For an index with a range on every level that is the level whose range holds the value.
    For an index that ties only the upper levels (I11: level 5), a value below those ranges
    supports the level below them. Raises :class:`ScoringInputError` (``index_out_of_scale``)
    for a value outside the index's scale.
    """
    exact = Fraction(value)
    if not index.scale_minimum <= exact <= index.scale_maximum:
        raise ScoringInputError(
            "index_out_of_scale",
            indicator=index.indicator,
            index=index.name,
            value=value,
            minimum=_shown(index.scale_minimum),
            maximum=_shown(index.scale_maximum),
        )
    for band in index.ranges:
        if band.contains(exact):
            return band.level
    return index.ranges[0].level - 1


def is_outdated(value_year: int, evaluation_year: int) -> bool:
    """Whether a value measures a year before the evaluation's: it is shown, counted and
    flagged, and the assessor decides whether it stands."""
    return value_year < evaluation_year


def read_external(
    index: ExternalIndex, entered: ExternalValue | None, *, evaluation_year: int, floor: int = 1
) -> ExternalReading:
    """The level an entered value supports, or the pending level when nothing is entered.

    ``floor`` is the framework's lowest level: a pending value never counts below it.
    """
    if entered is None:
        return ExternalReading(
            indicator=index.indicator,
            index_name=index.name,
            value=None,
            year=None,
            level=max(floor, index.ranges[0].level - 1),
            pending=True,
            outdated=False,
        )
    return ExternalReading(
        indicator=index.indicator,
        index_name=index.name,
        value=entered.value,
        year=entered.year,
        level=max(floor, level_from_index(index, entered.value)),
        pending=False,
        outdated=is_outdated(entered.year, evaluation_year),
    )


def _shown(bound: Fraction) -> Decimal:
    return Decimal(bound.numerator) / Decimal(bound.denominator)
