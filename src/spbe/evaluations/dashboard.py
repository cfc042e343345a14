"""What the agency dashboard shows, computed once per request from plain queries.

The query count does not grow with the number of indicators or units: assessments, units and
past evaluations are each read in one query.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from spbe.catalog.selectors import revision_scoring_framework
from spbe.evaluations.models import Assessment, AssessmentState, Evaluation
from spbe.evaluations.scores import EvaluationIndex, IndexKind, all_indices, official_index
from spbe.evaluations.selectors import agency_history, evaluation_assessments
from spbe.organizations.actors import Actor
from spbe.organizations.models import Unit

DONE = (AssessmentState.SUBMITTED, AssessmentState.VERIFIED)


@dataclass(frozen=True)
class PartRow:
    number: int
    name: str
    self_value: Decimal
    verified: Decimal
    external: Decimal | None


@dataclass
class UnitRow:
    unit: Unit
    assigned: int = 0
    submitted: int = 0
    verified: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class HistoryRow:
    evaluation: Evaluation
    index: EvaluationIndex


@dataclass
class Dashboard:
    evaluation: Evaluation
    indices: dict[IndexKind, EvaluationIndex]
    gaps: dict[IndexKind, Decimal]
    domains: list[PartRow]
    aspects: list[PartRow]
    units: list[UnitRow]
    overclaims: list[Assessment]
    history: list[HistoryRow] = field(default_factory=list)

    @property
    def official(self) -> EvaluationIndex:
        return official_index(self.indices)


def build_dashboard(
    evaluation: Evaluation, *, actor: Actor | None, today: datetime.date | None = None
) -> Dashboard:
    today = today or timezone.localdate()
    framework = revision_scoring_framework(evaluation.revision)
    assessments = evaluation_assessments(evaluation)
    indices = all_indices(framework, assessments, year=evaluation.year)
    has_external = indices[IndexKind.EXTERNAL].filled > 0
    return Dashboard(
        evaluation=evaluation,
        indices=indices,
        gaps={kind: evaluation.target - index.result.index for kind, index in indices.items()},
        domains=_parts(indices, "domains", has_external),
        aspects=_parts(indices, "aspects", has_external),
        units=_unit_progress(evaluation, assessments, today),
        overclaims=[
            a
            for a in assessments
            if a.claimed_level is not None
            and a.verified_level is not None
            and a.claimed_level > a.verified_level
        ],
        history=_history(evaluation, actor),
    )


def _parts(
    indices: dict[IndexKind, EvaluationIndex], attribute: str, has_external: bool
) -> list[PartRow]:
    rows = []
    own = getattr(indices[IndexKind.SELF].result, attribute)
    verified = getattr(indices[IndexKind.VERIFIED].result, attribute)
    external = getattr(indices[IndexKind.EXTERNAL].result, attribute)
    for mine, checked, outside in zip(own, verified, external, strict=True):
        rows.append(
            PartRow(
                number=mine.number,
                name=mine.name,
                self_value=mine.display,
                verified=checked.display,
                external=outside.display if has_external else None,
            )
        )
    return rows


def _unit_progress(
    evaluation: Evaluation, assessments: list[Assessment], today: datetime.date
) -> list[UnitRow]:
    rows = {unit.pk: UnitRow(unit) for unit in Unit.objects.filter(agency_id=evaluation.agency_id)}
    past_deadline = today > evaluation.self_assessment_deadline
    for assessment in assessments:
        row = rows.get(assessment.lead_unit_id) if assessment.lead_unit_id else None
        if row is None:
            continue
        row.assigned += 1
        if assessment.state in DONE:
            row.submitted += 1
        if assessment.state == AssessmentState.VERIFIED:
            row.verified += 1
        elif past_deadline and assessment.state not in DONE:
            row.overdue += 1
    return sorted((row for row in rows.values() if row.assigned), key=lambda row: row.unit.name)


def _history(evaluation: Evaluation, actor: Actor | None) -> list[HistoryRow]:
    rows = []
    for past in agency_history(evaluation.agency_id, actor):
        framework = revision_scoring_framework(past.revision)
        assessments = list(past.assessments.all())
        rows.append(
            HistoryRow(past, official_index(all_indices(framework, assessments, year=past.year)))
        )
    return rows
