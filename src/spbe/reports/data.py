"""Everything a report shows, read once into plain dataclasses that every format renders.

The PDF, the workbook, the Word document and the slides all render one ``ReportData``, so they
cannot disagree. Every index, predicate and part index comes from the scoring engine
(``all_indices``) over one read of the assessments; the per-indicator rows are that same read.
Unit progress and the agency's history come from the dashboard, so a report matches the page.

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

from spbe.catalog.selectors import revision_scoring_framework
from spbe.evaluations.dashboard import build_dashboard
from spbe.evaluations.models import Assessment, AssessmentState, Evaluation, Transition
from spbe.evaluations.scores import EvaluationIndex, IndexKind, all_indices, official_index
from spbe.evaluations.selectors import evaluation_assessments
from spbe.evidence.models import EvidenceLink
from spbe.organizations.actors import Actor
from spbe.reports.letterhead import Letterhead, agency_letterhead
from spbe.reports.recommendations import Recommendations, recommendations_for
from spbe.scoring.model import PredicateBasis

REVIEW_STATES = (AssessmentState.VERIFIED, AssessmentState.RETURNED)


@dataclass(frozen=True)
class IndexFigure:
    """One of the three indices, as the engine scored it, with the gap to the target."""

    kind: IndexKind
    index: Decimal
    index_exact: Decimal
    predicate: str | None
    basis: PredicateBasis
    year: int | None
    filled: int
    total: int
    gap: Decimal  # target − index (two decimals), as the dashboard shows it

    @property
    def available(self) -> bool:
        """An external index exists only once a value was recorded; the others always do."""
        return self.kind is not IndexKind.EXTERNAL or self.filled > 0

    @property
    def missing(self) -> int:
        return self.total - self.filled

    @property
    def reached(self) -> bool:
        return self.gap <= 0


@dataclass(frozen=True)
class PartFigure:
    """A domain or an aspect: its displayed index for each kind (external only when recorded)."""

    number: int
    name: str
    self_value: Decimal
    verified: Decimal
    external: Decimal | None
    domain: int | None = None  # for an aspect: the domain it belongs to


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
class UnitEntry:
    name: str
    assigned: int
    submitted: int
    verified: int
    overdue: int


@dataclass(frozen=True)
class HistoryEntry:
    year: int
    index: Decimal
    predicate: str | None
    kind: IndexKind
    illustrative: bool


@dataclass(frozen=True)
class AnnexDocument:
    """One evidence document and every indicator (and level) it is cited for."""

    item: EvidenceItem
    cited_for: tuple[tuple[str, int | None], ...]  # (indicator code, level)


@dataclass(frozen=True)
class ReportData:
    evaluation_id: int
    agency_name: str
    agency_slug: str
    province: str
    year: int
    framework_code: str
    framework_title: str
    framework_short_title: str
    revision_number: int
    state: str
    state_label: str
    target: Decimal
    self_assessment_deadline: datetime.date
    review_deadline: datetime.date
    illustrative: bool
    source_note: str
    generated_at: datetime.datetime
    letterhead: Letterhead
    indices: tuple[IndexFigure, ...]  # self, verified, external
    official_kind: IndexKind
    domains: tuple[PartFigure, ...]
    aspects: tuple[PartFigure, ...]
    indicators: tuple[IndicatorRow, ...]
    units: tuple[UnitEntry, ...]
    history: tuple[HistoryEntry, ...]
    recommendations: Recommendations
    reviewers: tuple[str, ...]
    last_review: datetime.datetime | None

    def index(self, kind: IndexKind) -> IndexFigure:
        return next(figure for figure in self.indices if figure.kind is kind)

    @property
    def official(self) -> IndexFigure:
        """The best available figure: external if recorded, else verified, else self."""
        return self.index(self.official_kind)

    @property
    def has_external(self) -> bool:
        return self.index(IndexKind.EXTERNAL).available

    def aspects_of(self, domain: int | None) -> list[PartFigure]:
        return [aspect for aspect in self.aspects if aspect.domain == domain]

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


def report_data(evaluation: Evaluation, actor: Actor | None = None) -> ReportData:
    """Read and score one evaluation for the reports (a fixed number of queries)."""
    revision = evaluation.revision
    framework = revision_scoring_framework(revision)
    assessments = evaluation_assessments(evaluation)
    indices = all_indices(framework, assessments, year=evaluation.year)
    official = official_index(indices)
    evidence = _evidence(evaluation)
    notes, reviewers, last_review = _reviews(evaluation)
    recommendations = recommendations_for(evaluation, assessments)
    planned = {step.indicator: step for step in recommendations.steps}
    # The history shows only the evaluations the requester may see.
    dashboard = build_dashboard(evaluation, actor=actor)
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
    agency = evaluation.agency
    return ReportData(
        evaluation_id=evaluation.pk,
        agency_name=agency.name,
        agency_slug=agency.slug,
        province=agency.province,
        year=evaluation.year,
        framework_code=revision.framework.code,
        framework_title=revision.framework.title,
        framework_short_title=revision.framework.short_title,
        revision_number=revision.number,
        state=evaluation.state,
        state_label=str(evaluation.get_state_display()),
        target=evaluation.target,
        self_assessment_deadline=evaluation.self_assessment_deadline,
        review_deadline=evaluation.review_deadline,
        illustrative=evaluation.illustrative,
        source_note=evaluation.source_note,
        generated_at=timezone.localtime(),
        letterhead=agency_letterhead(agency),
        indices=tuple(_figure(index, evaluation.target) for index in indices.values()),
        official_kind=official.kind,
        domains=_parts(indices, "domains", framework_domains=None),
        aspects=_parts(
            indices,
            "aspects",
            framework_domains={aspect.number: aspect.domain for aspect in framework.aspects},
        ),
        indicators=tuple(rows),
        units=tuple(
            UnitEntry(row.unit.name, row.assigned, row.submitted, row.verified, row.overdue)
            for row in dashboard.units
        ),
        history=_history(evaluation, dashboard.history, official),
        recommendations=recommendations,
        reviewers=reviewers,
        last_review=last_review,
    )


def _figure(index: EvaluationIndex, target: Decimal) -> IndexFigure:
    result = index.result
    return IndexFigure(
        kind=index.kind,
        index=result.index,
        index_exact=result.index_exact,
        predicate=result.predicate,
        basis=result.predicate_basis,
        year=result.year,
        filled=index.filled,
        total=index.total,
        gap=target - result.index,
    )


def _parts(
    indices: dict[IndexKind, EvaluationIndex],
    attribute: str,
    *,
    framework_domains: dict[int, int | None] | None,
) -> tuple[PartFigure, ...]:
    own = getattr(indices[IndexKind.SELF].result, attribute)
    verified = getattr(indices[IndexKind.VERIFIED].result, attribute)
    external = getattr(indices[IndexKind.EXTERNAL].result, attribute)
    has_external = indices[IndexKind.EXTERNAL].filled > 0
    return tuple(
        PartFigure(
            number=mine.number,
            name=mine.name,
            self_value=mine.display,
            verified=checked.display,
            external=outside.display if has_external else None,
            domain=framework_domains.get(mine.number) if framework_domains else None,
        )
        for mine, checked, outside in zip(own, verified, external, strict=True)
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


def _history(
    evaluation: Evaluation, rows: list, official: EvaluationIndex
) -> tuple[HistoryEntry, ...]:
    """The agency's official index per year, for this framework only (scales are not mixed).

    This evaluation's own year uses the index scored above, so a report never shows two
    different figures for the same evaluation.
    """
    entries = []
    for row in rows:
        past = row.evaluation
        if past.revision.framework.code != evaluation.revision.framework.code:
            continue
        index = official if past.pk == evaluation.pk else row.index
        entries.append(
            HistoryEntry(
                year=past.year,
                index=index.result.index,
                predicate=index.result.predicate,
                kind=index.kind,
                illustrative=past.illustrative,
            )
        )
    return tuple(entries)
