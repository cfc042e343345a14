"""Everything a report shows, read once into plain dataclasses that every format renders.

The PDF, the workbook, the Word document and the slides all render one ``ReportData``, so they
cannot disagree. Its numbers are the evaluation's ``EvaluationSummary`` (the same read model as
the dashboard: one read of the assessments, one scoring per kind); the report adds only what is
its own, over that same read: the per-indicator rows with their evidence and review notes, the
recommendations, the reviewers and the letterhead.

Texts that depend on the language (state labels, planning messages) are produced in the active
language: callers build the data inside ``translation.override``.
"""

from __future__ import annotations

import datetime
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from django.utils import timezone

from spbe.evaluations.models import Assessment, AssessmentState, Evaluation, Transition
from spbe.evaluations.selectors import evaluation_assessments
from spbe.evaluations.summary import EvaluationSummary, summary_of
from spbe.evidence.models import EvidenceLink
from spbe.organizations.actors import Actor
from spbe.reports.letterhead import Letterhead, agency_letterhead
from spbe.reports.recommendations import Recommendations, recommendations_for

REVIEW_STATES = (AssessmentState.VERIFIED, AssessmentState.RETURNED)


@dataclass(frozen=True)
class EvidenceItem:
    document_id: int
    title: str
    kind: str
    number: str
    year: int | None
    url: str
    level: int | None
    note: str


@dataclass(frozen=True)
class ReviewNote:
    """A reviewer's note: from the indicator's history, or its current reason or return note."""

    at: datetime.datetime | None
    by: str
    to_state: str
    note: str


@dataclass(frozen=True)
class IndicatorRow:
    number: int
    code: str
    name: str
    weight: Fraction
    domain_number: int | None
    domain_name: str
    aspect_number: int
    aspect_name: str
    lead_unit: str
    supporting_units: tuple[str, ...]
    state: str
    state_label: str
    claimed: Decimal | None
    criteria_met: tuple[int, ...]
    justification: str
    verified: Decimal | None
    verification_reason: str
    return_note: str
    external: Decimal | None
    external_note: str
    evidence: tuple[EvidenceItem, ...]
    review_notes: tuple[ReviewNote, ...]
    planned_level: int | None  # the level the optimal plan raises it to, if any
    plan_gap: Decimal  # planned level − the value the plan starts from (0 without a step)
    version: int


@dataclass(frozen=True)
class AnnexDocument:
    """One evidence document and every indicator (and level) it is cited for."""

    item: EvidenceItem
    cited_for: tuple[tuple[str, int | None], ...]  # (indicator code, level)


@dataclass(frozen=True)
class ReportData:
    summary: EvaluationSummary
    generated_at: datetime.datetime
    letterhead: Letterhead
    indicators: tuple[IndicatorRow, ...]
    recommendations: Recommendations
    reviewers: tuple[str, ...]
    last_review: datetime.datetime | None

    def indicators_of(self, aspect: int) -> list[IndicatorRow]:
        return [row for row in self.indicators if row.aspect_number == aspect]

    def annex(self) -> list[AnnexDocument]:
        """Every evidence document once, in title order, with what it is cited for."""
        items: dict[int, EvidenceItem] = {}
        cited: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
        for row in self.indicators:
            for item in row.evidence:
                items.setdefault(item.document_id, item)
                cited[item.document_id].append((row.code, item.level))
        return [
            AnnexDocument(items[key], tuple(cited[key]))
            for key in sorted(items, key=lambda key: (_natural(items[key].title), key))
        ]


def _natural(text: str) -> tuple:
    """A sort key that puts "indicator 2" before "indicator 10"."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part)
        for part in re.split(r"(\d+)", text.lower())
        if part
    )


def report_data(
    evaluation: Evaluation, actor: Actor, *, now: datetime.datetime, with_curve: bool = True
) -> ReportData:
    """Read and score one evaluation for the reports (a fixed number of queries).

    The history shows only the evaluations ``actor`` may see; ``now`` is when it is generated.
    Without ``with_curve`` the recommendations have no cost curve (``curve`` is empty): for the
    formats that do not draw it.
    """
    assessments = evaluation_assessments(evaluation)
    summary = summary_of(evaluation, assessments, actor=actor, today=timezone.localdate(now))
    evidence = _evidence(evaluation)
    notes, reviewers, last_review = _reviews(evaluation)
    recommendations = recommendations_for(evaluation, assessments, with_curve=with_curve)
    planned = {step.indicator: step for step in recommendations.steps}
    rows = []
    for assessment in assessments:
        indicator = assessment.indicator
        aspect = indicator.aspect
        step = planned.get(indicator.number)
        rows.append(
            IndicatorRow(
                number=indicator.number,
                code=indicator.code,
                name=indicator.name,
                weight=indicator.weight,
                domain_number=aspect.domain.number if aspect.domain else None,
                domain_name=aspect.domain.name if aspect.domain else "",
                aspect_number=aspect.number,
                aspect_name=aspect.name,
                lead_unit=assessment.lead_unit.name if assessment.lead_unit else "",
                supporting_units=tuple(unit.name for unit in assessment.supporting_units.all()),
                state=assessment.state,
                state_label=str(assessment.get_state_display()),
                claimed=assessment.claimed_level,
                criteria_met=tuple(sorted(int(level) for level in assessment.criteria_met)),
                justification=assessment.justification,
                verified=assessment.verified_level,
                verification_reason=assessment.verification_reason,
                return_note=assessment.return_note,
                external=assessment.external_value,
                external_note=assessment.external_note,
                evidence=tuple(evidence.get(assessment.pk, ())),
                review_notes=_with_current_notes(notes.get(assessment.pk, []), assessment),
                planned_level=step.to_level if step else None,
                plan_gap=Decimal(step.to_level) - step.from_value if step else Decimal(0),
                version=assessment.version,
            )
        )
    return ReportData(
        summary=summary,
        generated_at=now,
        letterhead=agency_letterhead(evaluation.agency),
        indicators=tuple(rows),
        recommendations=recommendations,
        reviewers=reviewers,
        last_review=last_review,
    )


def _evidence(evaluation: Evaluation) -> dict[int, list[EvidenceItem]]:
    links = (
        EvidenceLink.objects.filter(assessment__evaluation=evaluation)
        .select_related("document")
        .order_by("assessment_id", "level", "document__title", "id")
    )
    grouped: dict[int, list[EvidenceItem]] = defaultdict(list)
    for link in links:
        document = link.document
        grouped[link.assessment_id].append(
            EvidenceItem(
                document_id=document.pk,
                title=document.title,
                kind=str(document.get_kind_display()),
                number=document.number,
                year=document.year,
                url=document.url,
                level=link.level,
                note=link.note,
            )
        )
    return grouped


def _reviews(
    evaluation: Evaluation,
) -> tuple[dict[int, list[ReviewNote]], tuple[str, ...], datetime.datetime | None]:
    """Reviewers' verdicts per indicator (with their notes), who reviewed, and when last."""
    transitions = (
        Transition.objects.filter(
            evaluation=evaluation, assessment__isnull=False, to_state__in=REVIEW_STATES
        )
        .select_related("by")
        .order_by("at", "id")
    )
    notes: dict[int, list[ReviewNote]] = defaultdict(list)
    reviewers: dict[str, None] = {}
    last = None
    for transition in transitions:
        name = _person(transition.by)
        if name:
            reviewers.setdefault(name)
        last = transition.at
        if transition.note and transition.assessment_id is not None:
            notes[transition.assessment_id].append(
                ReviewNote(transition.at, name, transition.to_state, transition.note)
            )
    return notes, tuple(reviewers), last


def _with_current_notes(notes: list[ReviewNote], assessment: Assessment) -> tuple[ReviewNote, ...]:
    """The history's notes, plus the current reason or return note if the history lacks it.

    Evaluations recorded after the fact (the demo's past years) have no history of review.
    """
    said = {note.note for note in notes}
    extra = [
        ReviewNote(None, "", state, text)
        for state, text in (
            (AssessmentState.VERIFIED, assessment.verification_reason),
            (AssessmentState.RETURNED, assessment.return_note),
        )
        if text and text not in said
    ]
    return (*notes, *extra)


def _person(user: object) -> str:
    if user is None:
        return ""
    full = getattr(user, "get_full_name", lambda: "")()
    return full or getattr(user, "username", "")
