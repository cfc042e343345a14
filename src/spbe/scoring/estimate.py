"""The self-assessment estimate: one value per indicator, where it came from, and the index.

Each indicator takes its value from one source:

* ``external``: an external index that decides the level (Pemdi I5, I6, I7); level 1 while no
  value is entered;
* ``items``: the item rule over the assessor's verdicts (:mod:`spbe.scoring.items`), capped by
  an external index where the range is one of the level's items (I10, I11, I12, I18);
* ``claimed``: the value the agency claims: for a framework without items (SPBE 2020), or for
  an indicator with items none of which has a verdict yet. An indicator decided by an index is
  never claimed, and one with verdicts is valued by them alone.

The values then go through the one scoring engine, so the index, the aspects and the predicate
of an estimate are computed exactly as those of an assessor's result.

Pure Python: no Django imports.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from spbe.scoring.engine import score, to_decimal
from spbe.scoring.external_index import ExternalReading, ExternalValue, read_external
from spbe.scoring.items import (
    ItemEstimate,
    ItemStatus,
    check_item_statuses,
    estimate_from_items,
    indicators_with_verdicts,
)
from spbe.scoring.model import ExternalIndexUse, ScoreResult, ScoringFramework
from spbe.scoring.values import ScoringInputError, validate_value


class ValueSource(StrEnum):
    ITEMS = "items"
    EXTERNAL = "external"
    CLAIMED = "claimed"


class EstimateNote(StrEnum):
    """Something a reader of the estimate must be told; each caller phrases it."""

    # No value of the external index is entered yet: the indicator counts as level 1 (or, for
    # an index that only ties level 5, no higher than 4).
    EXTERNAL_VALUE_PENDING = "external_value_pending"
    # The external value measures a year before the evaluation year.
    EXTERNAL_VALUE_OUTDATED = "external_value_outdated"
    # The items prove more than the external index allows.
    CAPPED_BY_EXTERNAL_INDEX = "capped_by_external_index"
    # The items stop at a level for which the source lists no items.
    LEVEL_WITHOUT_ITEMS = "level_without_items"


@dataclass(frozen=True, slots=True)
class IndicatorEstimate:
    indicator: int
    value: Decimal
    source: ValueSource
    blocked_by: str | None  # the item that keeps the indicator from its next level
    notes: tuple[EstimateNote, ...]
    items: ItemEstimate | None = None
    external: ExternalReading | None = None


@dataclass(frozen=True, slots=True)
class Estimate:
    indicators: tuple[IndicatorEstimate, ...]
    score: ScoreResult

    def indicator(self, number: int) -> IndicatorEstimate:
        return next(entry for entry in self.indicators if entry.indicator == number)


def estimate(
    framework: ScoringFramework,
    *,
    evaluation_year: int,
    item_statuses: Mapping[str, ItemStatus] | None = None,
    external_values: Mapping[int, ExternalValue] | None = None,
    claimed: Mapping[int, object] | None = None,
) -> Estimate:
    """Value every indicator from its source and score the result with the engine.

    A claimed value stands in for the items of an indicator none of whose items has a status in
    ``item_statuses``; an indicator without verdicts and without a claim is valued by its items
    (all ``belum``: level 1).

    Raises :class:`ScoringInputError` for an unknown item code, an external value for an
    indicator without an external index or outside the index's scale, a claimed value for an
    indicator decided by an index or for one with item verdicts, or a missing or invalid
    claimed value.
    """
    statuses = item_statuses or {}
    externals = external_values or {}
    claims = claimed or {}
    check_item_statuses(framework, statuses)
    for number in externals:
        if number not in framework.external_indices:
            raise ScoringInputError(
                "no_external_index",
                indicator=number,
                framework=framework.id,
                indices=", ".join(str(n) for n in sorted(framework.external_indices)),
            )
    assessed = indicators_with_verdicts(framework, statuses)
    entries = tuple(
        _indicator(framework, number, statuses, externals, claims, evaluation_year, assessed)
        for number in framework.indicator_numbers
    )
    values = {entry.indicator: entry.value for entry in entries}
    return Estimate(indicators=entries, score=score(framework, values, year=evaluation_year))


def _indicator(
    framework: ScoringFramework,
    number: int,
    statuses: Mapping[str, ItemStatus],
    externals: Mapping[int, ExternalValue],
    claims: Mapping[int, object],
    evaluation_year: int,
    assessed: frozenset[int],
) -> IndicatorEstimate:
    index = framework.external_indices.get(number)
    reading = None
    if index is not None:
        floor = int(framework.value_range.minimum)
        reading = read_external(
            index, externals.get(number), evaluation_year=evaluation_year, floor=floor
        )
    from_items = number in framework.indicator_items and framework.item_rule is not None
    decided_externally = index is not None and index.use is ExternalIndexUse.DECIDES_LEVEL
    if number in claims and decided_externally:
        raise ScoringInputError("not_claimable", indicator=number, source="external index")
    if number in claims and number in assessed:
        raise ScoringInputError("claimed_with_item_verdicts", indicator=number)

    notes: list[EstimateNote] = []
    if reading is not None and reading.pending:
        notes.append(EstimateNote.EXTERNAL_VALUE_PENDING)
    if reading is not None and reading.outdated:
        notes.append(EstimateNote.EXTERNAL_VALUE_OUTDATED)

    if decided_externally and reading is not None:
        return IndicatorEstimate(
            number, Decimal(reading.level), ValueSource.EXTERNAL, None, tuple(notes), None, reading
        )
    items = None
    if number in claims:
        value = validate_value(framework, framework.indicator(number), claims[number])
        source = ValueSource.CLAIMED
    elif from_items:
        items = estimate_from_items(framework, number, statuses)
        value, source = Fraction(items.level), ValueSource.ITEMS
        if items.stopped_at_level_without_items is not None:
            notes.append(EstimateNote.LEVEL_WITHOUT_ITEMS)
    else:
        raise ScoringInputError("missing_indicators", indicators=str(number), indicator=number)
    if reading is not None and reading.level < value:
        value = Fraction(reading.level)
        notes.append(EstimateNote.CAPPED_BY_EXTERNAL_INDEX)
    return IndicatorEstimate(
        indicator=number,
        value=to_decimal(value),
        source=source,
        blocked_by=items.blocked_by if items else None,
        notes=tuple(notes),
        items=items,
        external=reading,
    )
