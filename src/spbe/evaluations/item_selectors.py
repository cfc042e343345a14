"""Reading an evaluation's evidence items, its estimate and its external index values.

The evaluation passed in comes from ``selectors.evaluation_for``, which has already decided
that the user may see it (404 otherwise); everything here is part of what they see.

The estimate (``evaluation_estimate``) feeds the evaluation's own item list and statuses, its
external index values and its claims into the one pure ``spbe.scoring.estimate.estimate``; it is
an estimate, never the official value, and says so.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from django.db.models import QuerySet
from django.http import Http404

from spbe.catalog.models import INDICATOR_TEXTS
from spbe.catalog.selectors import revision_scoring_framework
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem, ExternalIndexValue
from spbe.evaluations.scores import IndexFigure, IndexKind, score_index
from spbe.evaluations.selectors import evaluation_assessments
from spbe.scoring.estimate import Estimate, IndicatorEstimate, estimate
from spbe.scoring.external_index import ExternalValue
from spbe.scoring.items import ItemOutcome, ItemStatus, estimate_from_items
from spbe.scoring.model import (
    EvidenceItemSpec,
    ExternalIndex,
    ExternalIndexUse,
    IndicatorItems,
    ItemLevelSpec,
    ScoringFramework,
)

# How every page, report and command labels the estimate.
ESTIMATE_LABEL = "estimasi, bukan nilai resmi"


def evaluation_items(
    evaluation: Evaluation, *, include_retired: bool = False
) -> QuerySet[EvaluationItem]:
    """The evaluation's items by indicator, level and position (one query)."""
    items = (
        evaluation.items.select_related("assessment__indicator")
        # An evaluation has hundreds of items; their indicator is read for its number, code
        # and name only, never for its texts (eight JSON and text fields per row otherwise).
        .defer(*(f"assessment__indicator__{name}" for name in INDICATOR_TEXTS))
        .order_by("assessment__indicator__number", "level", "position", "code")
    )
    return items if include_retired else items.filter(retired=False)


def item_for(evaluation: Evaluation, code: str) -> EvaluationItem:
    """One item of a visible evaluation by its code, retired ones included; 404 if none."""
    item = evaluation_items(evaluation, include_retired=True).filter(code=code).first()
    if item is None:
        raise Http404
    return item


@dataclass(frozen=True)
class EvaluationEstimate:
    """The estimated index next to the claimed one. Never the official value."""

    estimate: Estimate
    claimed: IndexFigure
    label: str = ESTIMATE_LABEL


@dataclass(frozen=True)
class ExternalIndexRow:
    """One indicator valued by an external index: what is entered and what it gives."""

    indicator: int
    index: ExternalIndex
    entered: ExternalIndexValue | None
    estimate: IndicatorEstimate

    @property
    def pending(self) -> bool:
        """No value entered yet: the indicator counts as level 1 (I11: at most 4) until then."""
        return self.entered is None

    @property
    def outdated(self) -> bool:
        reading = self.estimate.external
        return bool(reading and reading.outdated)


def evaluation_estimate(evaluation: Evaluation) -> EvaluationEstimate:
    """The estimate of the evaluation from its items, external values and claims."""
    framework = revision_scoring_framework(evaluation.revision)
    assessments = evaluation_assessments(evaluation)
    items = _item_facts(evaluation)
    if framework.item_rule is not None:
        framework = dataclasses.replace(framework, indicator_items=_item_lists(framework, items))
    valued_by_items = set(framework.indicator_items) if framework.item_rule else set()
    decided_externally = {
        number
        for number, index in framework.external_indices.items()
        if index.use is ExternalIndexUse.DECIDES_LEVEL
    }
    lowest = framework.value_range.minimum
    claimed = {
        a.indicator.number: a.claimed_level if a.claimed_level is not None else lowest
        for a in assessments
        if a.indicator.number not in valued_by_items | decided_externally
    }
    result = estimate(
        framework,
        evaluation_year=evaluation.year,
        item_statuses={item.code: ItemStatus(item.status) for item in items},
        external_values=_external_values(evaluation),
        claimed=claimed,
    )
    claimed_index, filled = score_index(
        framework, assessments, IndexKind.SELF, year=evaluation.year
    )
    return EvaluationEstimate(
        estimate=result,
        claimed=IndexFigure.of(
            IndexKind.SELF,
            claimed_index,
            filled=filled,
            total=len(framework.indicators),
            target=evaluation.target,
        ),
    )


def external_index_rows(evaluation: Evaluation) -> list[ExternalIndexRow]:
    """Each indicator valued by an external index, with its entered value and its estimate."""
    framework = revision_scoring_framework(evaluation.revision)
    if not framework.external_indices:
        return []
    entered = {
        value.assessment.indicator.number: value
        for value in ExternalIndexValue.objects.filter(
            assessment__evaluation=evaluation
        ).select_related("assessment__indicator")
    }
    result = evaluation_estimate(evaluation).estimate
    return [
        ExternalIndexRow(number, index, entered.get(number), result.indicator(number))
        for number, index in sorted(framework.external_indices.items())
    ]


class _ItemFacts(NamedTuple):
    """What the estimate needs of an item, read without building a model per row."""

    number: int  # the indicator's
    level: int
    code: str
    text: str
    status: str


def _item_facts(evaluation: Evaluation) -> list[_ItemFacts]:
    """The evaluation's active items in ``evaluation_items``' order, as plain rows (one query)."""
    rows = (
        evaluation.items.filter(retired=False)
        .order_by("assessment__indicator__number", "level", "position", "code")
        .values_list("assessment__indicator__number", "level", "code", "text", "status")
    )
    return [_ItemFacts(*row) for row in rows]


def _facts_of(item: EvaluationItem) -> _ItemFacts:
    return _ItemFacts(
        item.assessment.indicator.number, item.level, item.code, item.text, item.status
    )


def _item_lists(framework: ScoringFramework, items: list[_ItemFacts]) -> dict[int, IndicatorItems]:
    """The evaluation's own item lists, in the engine's terms.

    The evaluation's list replaces the library's, because the koordinator keeps it in step with
    the portal. A level without active items cannot be passed by items, like a level the source
    lists none for (Pemdi I9 level 3).
    """
    by_level: dict[tuple[int, int], list[_ItemFacts]] = defaultdict(list)
    for item in items:
        by_level[(item.number, item.level)].append(item)
    levels = range(1, int(framework.value_range.maximum) + 1)
    return {
        number: IndicatorItems(
            indicator=number,
            levels=tuple(
                ItemLevelSpec(
                    level=level,
                    items=tuple(
                        EvidenceItemSpec(item.code, number, level, item.text)
                        for item in by_level[(number, level)]
                    ),
                    missing_in_source=not by_level[(number, level)],
                )
                for level in levels
            ),
        )
        for number in framework.indicator_items
    }


def _external_values(evaluation: Evaluation) -> dict[int, ExternalValue]:
    return {
        number: ExternalValue(value=value, year=year)
        for number, value, year in ExternalIndexValue.objects.filter(
            assessment__evaluation=evaluation
        ).values_list("assessment__indicator__number", "value", "year")
    }


def item_rule_outcomes(
    evaluation: Evaluation, items: list[EvaluationItem]
) -> dict[str, ItemOutcome]:
    """Each of the evaluation's active items after its item rule, by code: its own status and
    the status shown (ditolak otomatis above a level not fully accepted, with the blocking item).

    ``items`` are the evaluation's active items, read with ``evaluation_items``; no query. A
    revision without items gives none.
    """
    framework = revision_scoring_framework(evaluation.revision)
    if framework.item_rule is None:
        return {}
    facts = [_facts_of(item) for item in items]
    framework = dataclasses.replace(framework, indicator_items=_item_lists(framework, facts))
    statuses = {item.code: ItemStatus(item.status) for item in items}
    return {
        outcome.code: outcome
        for number in framework.indicator_items
        for outcome in estimate_from_items(framework, number, statuses).items
    }


def indicator_item(assessment: Assessment, code: str) -> EvaluationItem:
    """An item of this indicator (retired ones too, so the rule can say it is retired); 404
    for a code of another indicator or evaluation."""
    item = assessment.items.select_related("assessment").filter(code=code).first()
    if item is None:
        raise Http404
    return item
