"""Evaluations and their scores, as far as the caller may see them, through the pages' own
selectors (``evaluations.selectors``) and read model (``evaluations.summary``)."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Schema
from pydantic import Field

from spbe.api.numbers import PlainInt, PlainIntOrNone
from spbe.api.pages import page_of
from spbe.api.schemas import (
    EvaluationOut,
    EvaluationPage,
    IndexOut,
    PartOut,
    ScoresOut,
    errors,
)
from spbe.evaluations.models import Evaluation, EvaluationState
from spbe.evaluations.selectors import evaluation_for, visible_evaluations
from spbe.evaluations.summary import evaluation_summary
from spbe.organizations.actors import actor_for

router = Router(tags=["evaluations"])


class EvaluationFilters(Schema):
    year: PlainIntOrNone = Field(None, ge=2000, le=2100)
    framework: str | None = Field(None, max_length=50, description="a framework code: spbe-2020")
    state: EvaluationState | None = None
    limit: PlainInt = Field(50, ge=1, le=200)
    offset: PlainInt = Field(0, ge=0)


def evaluation_out(evaluation: Evaluation) -> EvaluationOut:
    return EvaluationOut(
        id=evaluation.pk,
        agency=evaluation.agency.name,
        agency_slug=evaluation.agency.slug,
        year=evaluation.year,
        framework=evaluation.revision.framework.code,
        revision=evaluation.revision.number,
        state=evaluation.state,
        target=evaluation.target,
        self_assessment_deadline=evaluation.self_assessment_deadline,
        review_deadline=evaluation.review_deadline,
        illustrative=evaluation.illustrative,
    )


@router.get(
    "/evaluations",
    response={200: EvaluationPage, **errors(401, 422)},
    summary="The evaluations you may see",
)
def evaluation_list(request: HttpRequest, filters: Query[EvaluationFilters]) -> EvaluationPage:
    """Newest year first, then by agency; filter by year, framework code and state."""
    evaluations = visible_evaluations(actor_for(request.user))
    if filters.year is not None:
        evaluations = evaluations.filter(year=filters.year)
    if filters.framework:
        evaluations = evaluations.filter(revision__framework__code=filters.framework)
    if filters.state is not None:
        evaluations = evaluations.filter(state=filters.state)
    evaluations = evaluations.order_by("-year", "agency__name", "pk")
    return EvaluationPage(**page_of(evaluations, filters, evaluation_out))


@router.get(
    "/evaluations/{evaluation_id}",
    response={200: EvaluationOut, **errors(401, 404, 422)},
    summary="One evaluation",
)
def evaluation_detail(request: HttpRequest, evaluation_id: int) -> EvaluationOut:
    return evaluation_out(evaluation_for(actor_for(request.user), evaluation_id))


@router.get(
    "/evaluations/{evaluation_id}/scores",
    response={200: ScoresOut, **errors(401, 404, 422)},
    summary="The self-assessed, verified and external index, computed by the scoring engine",
)
def evaluation_scores(request: HttpRequest, evaluation_id: int) -> ScoresOut:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, evaluation_id)
    summary = evaluation_summary(evaluation, actor=actor, today=timezone.localdate())
    return ScoresOut(
        evaluation=evaluation_out(evaluation),
        official=summary.official_kind.value,
        indices=[
            IndexOut(
                kind=figure.kind.value,
                available=figure.available,
                index=figure.index if figure.available else None,
                index_exact=figure.index_exact if figure.available else None,
                predicate=figure.predicate if figure.available else None,
                predicate_basis=figure.basis.value,
                filled=figure.filled,
                total=figure.total,
                gap_to_target=figure.gap if figure.available else None,
                reached=figure.available and figure.reached,
            )
            for figure in summary.indices
        ],
        domains=[_part(part) for part in summary.domains],
        aspects=[_part(part) for part in summary.aspects],
        illustrative=summary.illustrative,
    )


def _part(part: object) -> PartOut:
    return PartOut(
        number=part.number,  # type: ignore[attr-defined]
        name=part.name,  # type: ignore[attr-defined]
        self_value=part.self_value,  # type: ignore[attr-defined]
        verified=part.verified,  # type: ignore[attr-defined]
        external=part.external,  # type: ignore[attr-defined]
    )
