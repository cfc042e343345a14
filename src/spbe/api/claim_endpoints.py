"""The indicators' claims (the units' self-assessment) and their review, through the pages' own
selectors (``evaluations.selectors``) and services (``evaluations.assessment_services``), whose
rules are in ``evaluations.policy``: whoever may see the evaluation reads every claim of it; the
lead unit's PIC sets a claim; the koordinator and the internal assessors verify or return it."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from ninja import Path, Query, Router

from spbe.api.assignment_endpoints import unit_ref
from spbe.api.claim_schemas import (
    ClaimFilters,
    ClaimIn,
    ClaimOut,
    ClaimPage,
    ReturnIn,
    VerifyIn,
)
from spbe.api.schemas import ErrorOut
from spbe.api.versioning import IF_MATCH, version_seen, with_etag
from spbe.evaluations.assessment_services import (
    assessment_return,
    assessment_save_claim,
    assessment_verify,
)
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.selectors import (
    assessment_for,
    assessments_filtered,
    evaluation_assessments,
    evaluation_for,
)
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Unit
from spbe.scoring.values import whole_number

router = Router(tags=["claims"])

READ_ERRORS = {401: ErrorOut, 404: ErrorOut, 422: ErrorOut}
# 400: a body that is not JSON at all.
WRITE_ERRORS = {
    400: ErrorOut,
    401: ErrorOut,
    403: ErrorOut,
    404: ErrorOut,
    409: ErrorOut,
    422: ErrorOut,
}
INDICATOR_NUMBER = Path(..., ge=1, le=999, description="the indicator's number, e.g. 7")


def claim_out(assessment: Assessment, usernames: dict[int, str]) -> ClaimOut:
    """``usernames`` by user id: whoever saved the claim last (read once for a whole page)."""
    indicator = assessment.indicator
    domain = indicator.aspect.domain
    return ClaimOut(
        indicator_number=indicator.number,
        indicator_name=indicator.name,
        domain=domain.number if domain is not None else None,
        aspect=indicator.aspect.number,
        lead_unit=unit_ref(assessment.lead_unit) if assessment.lead_unit else None,
        supporting_units=[
            unit_ref(unit) for unit in sorted(assessment.supporting_units.all(), key=_by_name)
        ],
        state=assessment.state,
        claimed_level=assessment.claimed_level,
        justification=assessment.justification,
        criteria_met=list(assessment.criteria_met),
        verified_level=assessment.verified_level,
        verification_reason=assessment.verification_reason,
        return_note=assessment.return_note,
        external_value=assessment.external_value,
        external_note=assessment.external_note,
        version=assessment.version,
        updated_at=assessment.updated_at,
        updated_by=usernames.get(assessment.updated_by_id) if assessment.updated_by_id else None,
    )


def usernames_of(assessments: list[Assessment]) -> dict[int, str]:
    """The usernames of whoever saved these claims last, in one query."""
    ids = {a.updated_by_id for a in assessments if a.updated_by_id is not None}
    if not ids:
        return {}
    return dict(get_user_model().objects.filter(pk__in=ids).values_list("pk", "username"))


def unit_named(evaluation: Evaluation, unit: str) -> int:
    """The id of the evaluation's agency's unit named by its id or its slug; 0, which no unit
    has, when the agency has no such unit."""
    number = whole_number(unit)
    units = evaluation.agency.units.all()
    found = units.filter(pk=number) if number is not None else units.filter(slug=unit)
    return found.values_list("pk", flat=True).first() or 0


def _by_name(unit: Unit) -> tuple[str, int]:
    return (unit.name, unit.pk)


@router.get(
    "/evaluations/{evaluation_id}/claims",
    response={200: ClaimPage, **READ_ERRORS},
    summary="The claims of an evaluation's indicators",
)
def claim_list(request: HttpRequest, evaluation_id: int, filters: Query[ClaimFilters]) -> ClaimPage:
    """In indicator order; filter by the lead unit (id or slug), the indicator's state, the domain
    or the aspect. A unit the agency does not have matches nothing."""
    evaluation = evaluation_for(actor_for(request.user), evaluation_id)
    lead_unit_id = unit_named(evaluation, filters.unit) if filters.unit else None
    shown = assessments_filtered(
        evaluation_assessments(evaluation),
        state=filters.status or "",
        lead_unit_id=lead_unit_id,
        domain=filters.domain,
        aspect=filters.aspect,
    )
    page = shown[filters.offset : filters.offset + filters.limit]
    usernames = usernames_of(page)
    return ClaimPage(
        count=len(shown),
        limit=filters.limit,
        offset=filters.offset,
        items=[claim_out(assessment, usernames) for assessment in page],
    )


@router.get(
    "/evaluations/{evaluation_id}/claims/{indicator_number}",
    response={200: ClaimOut, **READ_ERRORS},
    summary="One indicator's claim and review (its version is the ETag)",
)
def claim_detail(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    indicator_number: int = INDICATOR_NUMBER,
) -> ClaimOut:
    _actor, _evaluation, assessment = _claim(request, evaluation_id, indicator_number)
    with_etag(response, assessment.version)
    return claim_out(assessment, usernames_of([assessment]))


@router.put(
    "/evaluations/{evaluation_id}/claims/{indicator_number}",
    response={200: ClaimOut, **WRITE_ERRORS},
    openapi_extra=IF_MATCH,
    summary="Set the claim: level, justification, criteria met; as a draft or submitted",
)
def claim_set(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    body: ClaimIn,
    indicator_number: int = INDICATOR_NUMBER,
) -> ClaimOut:
    """The PIC of the indicator's lead unit, while the self-assessment runs and the indicator
    is with the unit (not submitted or verified), as on the indicator page."""
    change = partial(
        assessment_save_claim,
        claimed_level=body.claimed_level,
        justification=body.justification,
        criteria_met=body.criteria_met,
        submit=body.submit,
    )
    return _claim_change(request, response, evaluation_id, indicator_number, body.version, change)


@router.post(
    "/evaluations/{evaluation_id}/claims/{indicator_number}/verify",
    response={200: ClaimOut, **WRITE_ERRORS},
    openapi_extra=IF_MATCH,
    summary="Verify a submitted claim with the verified level",
)
def claim_verify(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    body: VerifyIn,
    indicator_number: int = INDICATOR_NUMBER,
) -> ClaimOut:
    """The koordinator or an internal assessor; a level other than the claim needs a reason."""
    change = partial(
        assessment_verify,
        verified_level=body.verified_level,
        reason=body.reason,
    )
    return _claim_change(request, response, evaluation_id, indicator_number, body.version, change)


@router.post(
    "/evaluations/{evaluation_id}/claims/{indicator_number}/return",
    response={200: ClaimOut, **WRITE_ERRORS},
    openapi_extra=IF_MATCH,
    summary="Return a submitted or verified claim to the unit with a note",
)
def claim_return(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    body: ReturnIn,
    indicator_number: int = INDICATOR_NUMBER,
) -> ClaimOut:
    change = partial(assessment_return, note=body.note)
    return _claim_change(request, response, evaluation_id, indicator_number, body.version, change)


def _claim_change(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    number: int,
    version: int | None,
    change: Callable[..., object],
) -> ClaimOut:
    """A versioned write to one claim: the claim the caller may see (404), the version it read
    (the body's or If-Match, 422 without), ``change`` through the assessment's service (403,
    409, 422), and the claim as saved with its new ETag."""
    actor, evaluation, assessment = _claim(request, evaluation_id, number)
    change(actor=actor, assessment=assessment, version=version_seen(request, version))
    return _answer(response, actor, evaluation, number)


def _claim(
    request: HttpRequest, evaluation_id: int, number: int
) -> tuple[Actor, Evaluation, Assessment]:
    """The caller, the evaluation it may see and one of its indicators; 404 otherwise."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, evaluation_id)
    return actor, evaluation, assessment_for(actor, evaluation, number)


def _answer(response: HttpResponse, actor: Actor, evaluation: Evaluation, number: int) -> ClaimOut:
    """The claim as saved, read again as a GET would read it, with its new ETag."""
    saved = assessment_for(actor, evaluation, number)
    with_etag(response, saved.version)
    return claim_out(saved, usernames_of([saved]))
