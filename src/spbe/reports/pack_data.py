"""What the interview pack (paket interviu) holds, read once for its PDF and its Word document.

For the Penilaian Interviu the team brings, per indicator, every item the assessors did not
accept: those in revisi and those rejected automatically because a lower item is not accepted.
The ones to discuss (``discussed``: in revisi, or rejected after the team worked on them) come
in full; the ones nobody started, which the rule rejects only because they stand above a
blocked level, are listed by code with the item that blocks them (``untouched``).
For each: the assessor's note, our answer (the sanggah, or the promise to supply the evidence
by a date), the evidence linked to the item with the pages where the pre-check found it, and
the unit responsible (the indicator's lead unit).
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from django.utils import timezone

from spbe.evaluations.item_selectors import evaluation_estimate, evaluation_items
from spbe.evaluations.models import Evaluation, EvaluationItem
from spbe.evaluations.stage_selectors import evaluation_stage_windows
from spbe.evidence.models import EvidenceLink
from spbe.evidence.selectors import page_texts
from spbe.reports.letterhead import Letterhead, agency_letterhead
from spbe.schedule.stages import Stage
from spbe.scoring.items import ItemEstimate, ItemOutcome, ItemStatus
from spbe.textanalysis.page_refs import key_terms, pages_with_terms


@dataclass(frozen=True)
class PackEvidence:
    title: str
    version: int | None
    pages: tuple[int, ...]  # where the item's key terms occur (the note's suggestion too)
    new_at_interview: bool  # linked during the Penilaian Interviu (with a sanggah)


@dataclass(frozen=True)
class PackItem:
    code: str
    level: int
    text: str
    status: ItemStatus
    blocked_by: str | None  # the lower item that keeps it rejected automatically
    assessor_note: str
    objection: str
    promised_on: datetime.date | None
    evidence: tuple[PackEvidence, ...]

    @property
    def answered(self) -> bool:
        return bool(self.objection) or self.promised_on is not None


@dataclass(frozen=True)
class PackIndicator:
    number: int
    name: str
    lead_unit: str
    items: tuple[PackItem, ...]
    # Rejected automatically and never started: (code, the item that blocks it).
    untouched: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class InterviewPack:
    agency_name: str
    framework_title: str
    year: int
    illustrative: bool
    generated_at: datetime.datetime
    letterhead: Letterhead
    interview: tuple[datetime.date, datetime.date] | None  # the Penilaian Interviu window
    indicators: tuple[PackIndicator, ...]

    @property
    def item_count(self) -> int:
        return sum(len(indicator.items) for indicator in self.indicators)

    @property
    def untouched_count(self) -> int:
        return sum(len(indicator.untouched) for indicator in self.indicators)

    @property
    def answered_count(self) -> int:
        return sum(item.answered for indicator in self.indicators for item in indicator.items)


def interview_pack_data(evaluation: Evaluation, *, now: datetime.datetime) -> InterviewPack:
    """The pack of one evaluation as it stands at ``now``.

    Who may read it is decided by the caller (the report job checks ``can_request_report``); the
    pack holds nothing a reader of the evaluation cannot already see on its pages.
    """
    estimate = evaluation_estimate(evaluation).estimate
    items = list(evaluation_items(evaluation))
    windows = {window.stage: window for window in evaluation_stage_windows(evaluation)}
    interview = windows.get(Stage.INTERVIEW)
    evidence = _evidence(evaluation, items, interview.starts if interview else None)
    by_indicator: dict[int, list[PackItem]] = defaultdict(list)
    untouched: dict[int, list[tuple[str, str]]] = defaultdict(list)
    assessments = {}
    for item in items:
        number = item.assessment.indicator.number
        outcome = _outcome(estimate.indicator(number).items, item)
        if outcome is None or outcome.status not in (ItemStatus.REVISION, ItemStatus.AUTO_REJECTED):
            continue
        assessments[number] = item.assessment
        if discussed(outcome):
            by_indicator[number].append(_pack_item(item, outcome, evidence.get(item.pk, ())))
        else:
            untouched[number].append((item.code, outcome.blocked_by or ""))
    lead_units = _lead_units(evaluation, assessments.keys())
    return InterviewPack(
        agency_name=evaluation.agency.name,
        framework_title=evaluation.revision.framework.title,
        year=evaluation.year,
        illustrative=evaluation.illustrative,
        generated_at=timezone.localtime(now),
        letterhead=agency_letterhead(evaluation.agency),
        interview=(interview.starts, interview.ends) if interview else None,
        indicators=tuple(
            PackIndicator(
                number=number,
                name=assessments[number].indicator.name,
                lead_unit=lead_units.get(number, ""),
                items=tuple(by_indicator[number]),
                untouched=tuple(untouched[number]),
            )
            for number in sorted(assessments)
        ),
    )


def discussed(outcome: ItemOutcome) -> bool:
    """An item the interview is about: in revisi, or rejected automatically after the team
    worked on it. Items nobody started stay out: above a blocked level every item is rejected
    automatically, and listing the untouched ones would bury the few the team must defend."""
    if outcome.status is ItemStatus.REVISION:
        return True
    return outcome.status is ItemStatus.AUTO_REJECTED and (
        outcome.own_status is not ItemStatus.NOT_STARTED
    )


def _outcome(estimate: ItemEstimate | None, item: EvaluationItem) -> ItemOutcome | None:
    """The rule's outcome of the item, or None for an indicator not valued by items."""
    if estimate is None:
        return None
    return next((outcome for outcome in estimate.items if outcome.code == item.code), None)


def _pack_item(
    item: EvaluationItem, outcome: ItemOutcome, evidence: tuple[PackEvidence, ...]
) -> PackItem:
    return PackItem(
        code=item.code,
        level=item.level,
        text=item.text,
        status=outcome.status,
        blocked_by=outcome.blocked_by,
        assessor_note=item.assessor_note,
        objection=item.objection,
        promised_on=item.promised_on,
        evidence=evidence,
    )


def _evidence(
    evaluation: Evaluation, items: list[EvaluationItem], interview_starts: datetime.date | None
) -> dict[int, tuple[PackEvidence, ...]]:
    links = list(
        EvidenceLink.objects.filter(item__evaluation=evaluation)
        .select_related("document", "version")
        .order_by("item_id", "created_at", "id")
    )
    texts = page_texts({link.version_id for link in links if link.version_id})
    terms = {item.pk: key_terms(item.text) for item in items}
    grouped: dict[int, list[PackEvidence]] = defaultdict(list)
    for link in links:
        assert link.item_id is not None
        grouped[link.item_id].append(
            PackEvidence(
                title=link.document.title,
                version=link.version.number if link.version else None,
                pages=tuple(
                    pages_with_terms(
                        texts.get(link.version_id or 0, []), terms.get(link.item_id, ())
                    )
                ),
                new_at_interview=interview_starts is not None
                and timezone.localdate(link.created_at) >= interview_starts,
            )
        )
    return {item_id: tuple(found) for item_id, found in grouped.items()}


def _lead_units(evaluation: Evaluation, numbers: Iterable[int]) -> dict[int, str]:
    return {
        number: name or ""
        for number, name in evaluation.assessments.filter(
            indicator__number__in=list(numbers)
        ).values_list("indicator__number", "lead_unit__name")
    }
