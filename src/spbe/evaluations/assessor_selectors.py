"""Reading the external assessors' work on an evaluation: each indicator's result and items.

The evaluation passed in comes from ``selectors.evaluation_for``, which has already decided
that the user may see it (404 otherwise). An item's status as shown is the one the item rule
gives (``ditolak otomatis`` with the item that blocks it), from the same estimate every other
page shows (``item_selectors.evaluation_estimate``); the item's own status is kept beside it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.http import Http404

from spbe.catalog.selectors import revision_document, revision_has_items
from spbe.evaluations.item_selectors import evaluation_estimate, evaluation_items
from spbe.evaluations.models import Assessment, AssessorResult, Evaluation, EvaluationItem
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.organizations.actors import Actor
from spbe.scoring.estimate import Estimate, IndicatorEstimate
from spbe.scoring.items import ItemOutcome, ItemStatus


@dataclass(frozen=True)
class ItemRow:
    """One item with the status the rule gives it and, when rejected automatically, why."""

    item: EvaluationItem
    status: ItemStatus
    blocked_by: str | None = None

    @property
    def auto_rejected(self) -> bool:
        return self.status is ItemStatus.AUTO_REJECTED


@dataclass(frozen=True)
class LevelRows:
    level: int
    name: str
    items: list[ItemRow]


@dataclass(frozen=True)
class IndicatorWork:
    """What the assessor has to do on one indicator: its items and its result so far."""

    assessment: Assessment
    result: AssessorResult | None
    estimate: IndicatorEstimate
    levels: list[LevelRows] = field(default_factory=list)
    counts: dict[ItemStatus, int] = field(default_factory=dict)

    @property
    def item_total(self) -> int:
        return sum(self.counts.values())

    @property
    def accepted(self) -> int:
        return self.counts.get(ItemStatus.ACCEPTED, 0)

    @property
    def revisions(self) -> int:
        return self.counts.get(ItemStatus.REVISION, 0)

    @property
    def auto_rejected(self) -> int:
        return self.counts.get(ItemStatus.AUTO_REJECTED, 0)

    @property
    def open_items(self) -> int:
        """Items still waiting for a verdict (neither diterima nor revisi, nor blocked)."""
        return sum(
            count
            for status, count in self.counts.items()
            if status not in (ItemStatus.ACCEPTED, ItemStatus.REVISION, ItemStatus.AUTO_REJECTED)
        )


def pemdi_evaluation_for(actor: Actor, pk: int) -> Evaluation:
    """A visible evaluation whose framework has items (Pemdi); 404 otherwise."""
    evaluation = evaluation_for(actor, pk)
    if not revision_has_items(evaluation.revision):
        raise Http404
    return evaluation


def assessor_results(evaluation: Evaluation) -> dict[int, AssessorResult]:
    """The assessors' results of an evaluation by indicator number (one query)."""
    return {
        result.assessment.indicator.number: result
        for result in AssessorResult.objects.filter(
            assessment__evaluation=evaluation
        ).select_related("assessment__indicator", "updated_by")
    }


def assessor_overview(evaluation: Evaluation) -> list[IndicatorWork]:
    """Every indicator of the evaluation with its result and its items, in indicator order."""
    assessments = evaluation_assessments(evaluation)
    results = assessor_results(evaluation)
    estimate = evaluation_estimate(evaluation).estimate
    items = _items_by_indicator(evaluation)
    names = _level_names(evaluation)
    return [
        _work(a, results.get(a.indicator.number), estimate, items[a.indicator.number], names)
        for a in assessments
    ]


def assessor_indicator(evaluation: Evaluation, assessment: Assessment) -> IndicatorWork:
    """One indicator's items by level, with the result recorded so far."""
    result = (
        AssessorResult.objects.filter(assessment=assessment).select_related("updated_by").first()
    )
    items = _items_by_indicator(evaluation)[assessment.indicator.number]
    estimate = evaluation_estimate(evaluation).estimate
    return _work(assessment, result, estimate, items, _level_names(evaluation))


def _items_by_indicator(evaluation: Evaluation) -> dict[int, list[EvaluationItem]]:
    by_indicator: dict[int, list[EvaluationItem]] = defaultdict(list)
    for item in evaluation_items(evaluation):
        by_indicator[item.assessment.indicator.number].append(item)
    return by_indicator


def _level_names(evaluation: Evaluation) -> dict[int, str]:
    return {
        level.level: level.name or "" for level in revision_document(evaluation.revision).levels
    }


def _work(
    assessment: Assessment,
    result: AssessorResult | None,
    estimate: Estimate,
    items: list[EvaluationItem],
    level_names: dict[int, str],
) -> IndicatorWork:
    indicator_estimate = estimate.indicator(assessment.indicator.number)
    outcomes: dict[str, ItemOutcome] = (
        {outcome.code: outcome for outcome in indicator_estimate.items.items}
        if indicator_estimate.items is not None
        else {}
    )
    by_level: dict[int, list[ItemRow]] = defaultdict(list)
    for item in items:
        outcome = outcomes.get(item.code)
        by_level[item.level].append(
            ItemRow(item, outcome.status, outcome.blocked_by)
            if outcome is not None
            else ItemRow(item, item.own_status)
        )
    levels = [
        LevelRows(level, level_names.get(level, ""), rows)
        for level, rows in sorted(by_level.items())
    ]
    counts = Counter(row.status for rows in by_level.values() for row in rows)
    return IndicatorWork(assessment, result, indicator_estimate, levels, dict(counts))
