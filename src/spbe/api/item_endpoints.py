"""Pemdi's evidence items (butir) of an evaluation and their statuses, through the pages' own
selectors (``evaluations.item_selectors``) and services (``item_services``, the assessors'
``assessor_services``), whose rules are in ``evaluations.item_policy``: whoever may see the
evaluation reads its items; the lead unit's PIC writes an item's note and submits it in the
Penilaian Mandiri; the koordinator or that PIC answers a revisi in the Penilaian Interviu; an
assigned external assessor gives the verdict (diterima or revisi) in the Penilaian Dokumen and
Interviu; the koordinator keeps the item list (add, reword, retire) until the Penilaian Dokumen
begins. The stage is the evaluation's for today, as on the pages."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Path, Query, Router, Status

from spbe.api.assignment_endpoints import unit_ref
from spbe.api.claim_endpoints import READ_ERRORS, WRITE_ERRORS, unit_named
from spbe.api.claim_schemas import VersionIn
from spbe.api.idempotency import idempotent
from spbe.api.item_schemas import (
    ItemAddIn,
    ItemAnswerIn,
    ItemFilters,
    ItemNoteIn,
    ItemOut,
    ItemPage,
    ItemRenameIn,
    ItemVerdictIn,
)
from spbe.api.versioning import IF_MATCH, version_seen, with_etag
from spbe.evaluations.assessor_services import item_verdict_record
from spbe.evaluations.item_selectors import evaluation_items, item_for, item_rule_outcomes
from spbe.evaluations.item_services import (
    item_add,
    item_answer_revision,
    item_rename,
    item_retire,
    item_save,
)
from spbe.evaluations.models import Evaluation, EvaluationItem
from spbe.evaluations.selectors import evaluation_for
from spbe.organizations.actors import Actor, actor_for
from spbe.scoring.items import ItemOutcome

router = Router(tags=["items"])

ITEM_CODE = Path(
    ..., max_length=20, pattern=r"^[A-Za-z0-9._-]+$", description="the item's code, e.g. I1-L2-02"
)


def item_out(item: EvaluationItem, outcomes: dict[str, ItemOutcome]) -> ItemOut:
    outcome = None if item.retired else outcomes.get(item.code)
    lead_unit = item.assessment.lead_unit
    return ItemOut(
        code=item.code,
        indicator_number=item.assessment.indicator.number,
        level=item.level,
        position=item.position,
        text=item.text,
        retired=item.retired,
        status=outcome.status if outcome else item.own_status,
        own_status=item.own_status,
        blocked_by=outcome.blocked_by if outcome else None,
        note=item.note,
        assessor_note=item.assessor_note,
        verdict_at=item.verdict_at,
        objection=item.objection,
        promised_on=item.promised_on,
        lead_unit=unit_ref(lead_unit) if lead_unit else None,
        version=item.version,
        updated_at=item.updated_at,
    )


def items_read(evaluation: Evaluation) -> tuple[list[EvaluationItem], dict[str, ItemOutcome]]:
    """Every item of the evaluation, retired ones too, and the item rule's outcome of each
    active one (which depends on the other items of its indicator): two queries."""
    items = list(
        evaluation_items(evaluation, include_retired=True).select_related("assessment__lead_unit")
    )
    return items, item_rule_outcomes(evaluation, [item for item in items if not item.retired])


@router.get(
    "/evaluations/{evaluation_id}/items",
    response={200: ItemPage, **READ_ERRORS},
    summary="The evidence items (butir) of an evaluation with their statuses",
)
def item_list(request: HttpRequest, evaluation_id: int, filters: Query[ItemFilters]) -> ItemPage:
    """By indicator, level and position; filter by indicator, level, the status the portal
    shows, the lead unit (id or slug). Retired items only with ``include_retired``. A framework
    without items (SPBE 2020) has none."""
    evaluation = evaluation_for(actor_for(request.user), evaluation_id)
    items, outcomes = items_read(evaluation)
    unit_id = unit_named(evaluation, filters.unit) if filters.unit else None
    shown = [
        out
        for out in (item_out(item, outcomes) for item in items)
        if (filters.include_retired or not out.retired)
        and filters.indicator in (None, out.indicator_number)
        and filters.level in (None, out.level)
        and filters.status in (None, out.status)
        and (unit_id is None or (out.lead_unit is not None and out.lead_unit.id == unit_id))
    ]
    return ItemPage(
        count=len(shown),
        limit=filters.limit,
        offset=filters.offset,
        items=shown[filters.offset : filters.offset + filters.limit],
    )


@router.get(
    "/evaluations/{evaluation_id}/items/{item_code}",
    response={200: ItemOut, **READ_ERRORS},
    summary="One evidence item and its status (its version is the ETag)",
)
def item_detail(
    request: HttpRequest, response: HttpResponse, evaluation_id: int, item_code: str = ITEM_CODE
) -> ItemOut:
    _actor, evaluation, item = item_in_evaluation(request, evaluation_id, item_code)
    return saved_item(response, evaluation, item.code)


@router.put(
    "/evaluations/{evaluation_id}/items/{item_code}",
    response={200: ItemOut, **WRITE_ERRORS},
    openapi_extra=IF_MATCH,
    summary="Write an item's note for the portal, as a draft or submitted (diajukan)",
)
def item_note_set(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    body: ItemNoteIn,
    item_code: str = ITEM_CODE,
) -> ItemOut:
    """The PIC of the indicator's lead unit, in the Penilaian Mandiri, while the item is neither
    retired nor accepted."""
    change = partial(item_save, note=body.note, submit=body.submit)
    return item_change(request, response, evaluation_id, item_code, body.version, change)


@router.post(
    "/evaluations/{evaluation_id}/items/{item_code}/answer",
    response={200: ItemOut, **WRITE_ERRORS},
    openapi_extra=IF_MATCH,
    summary="Answer an item in revisi: a sanggah, or the day the evidence will be supplied",
)
def item_answer(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    body: ItemAnswerIn,
    item_code: str = ITEM_CODE,
) -> ItemOut:
    """The koordinator or the PIC of the indicator's lead unit, in the Penilaian Interviu."""
    change = partial(item_answer_revision, objection=body.objection, promised_on=body.promised_on)
    return item_change(request, response, evaluation_id, item_code, body.version, change)


@router.post(
    "/evaluations/{evaluation_id}/items/{item_code}/verdict",
    response={200: ItemOut, **WRITE_ERRORS},
    openapi_extra=IF_MATCH,
    summary="The external assessor's verdict on an item: diterima or revisi",
)
def item_verdict(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    body: ItemVerdictIn,
    item_code: str = ITEM_CODE,
) -> ItemOut:
    """An external assessor assigned to the evaluation, in the Penilaian Dokumen or Interviu.
    Ditolak otomatis is never given: the item rule derives it."""
    change = partial(item_verdict_record, status=body.status, note=body.note)
    return item_change(request, response, evaluation_id, item_code, body.version, change)


# ------------------------------------------------------------------------------ the item list
# The koordinator keeps the evaluation's list in step with the national portal, as on the
# items page (``item_policy.can_manage_items``: until the Penilaian Dokumen begins).

# 201 for the new item; the rest as every versioned write.
ADD_ERRORS = {status: schema for status, schema in WRITE_ERRORS.items() if status != 409}


@router.post(
    "/evaluations/{evaluation_id}/items",
    response={201: ItemOut, **ADD_ERRORS},
    summary="Add an item at the end of a level (the koordinator, before the Penilaian Dokumen)",
)
@idempotent
def item_create(
    request: HttpRequest, response: HttpResponse, evaluation_id: int, body: ItemAddIn
) -> Status[ItemOut]:
    """Its code is the level's next free one (``I3-L2-04``). With an ``Idempotency-Key``, a
    retry after a lost answer gets the same item instead of a second one."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, evaluation_id)
    item = item_add(
        actor=actor,
        evaluation=evaluation,
        indicator_number=body.indicator,
        level=body.level,
        text=body.text,
        today=timezone.localdate(),
    )
    return Status(201, saved_item(response, evaluation, item.code))


@router.post(
    "/evaluations/{evaluation_id}/items/{item_code}/rename",
    response={200: ItemOut, **WRITE_ERRORS},
    openapi_extra=IF_MATCH,
    summary="Reword an item as the portal did; its code and verdicts stay",
)
def item_text_set(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    body: ItemRenameIn,
    item_code: str = ITEM_CODE,
) -> ItemOut:
    change = partial(item_rename, text=body.text)
    return item_change(request, response, evaluation_id, item_code, body.version, change)


@router.post(
    "/evaluations/{evaluation_id}/items/{item_code}/retire",
    response={200: ItemOut, **WRITE_ERRORS},
    openapi_extra=IF_MATCH,
    summary="Retire an item the portal no longer lists; it stops counting and keeps its history",
)
def item_retire_now(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    body: VersionIn,
    item_code: str = ITEM_CODE,
) -> ItemOut:
    return item_change(request, response, evaluation_id, item_code, body.version, item_retire)


# ------------------------------------------------------------------------------ helpers


def item_change(
    request: HttpRequest,
    response: HttpResponse,
    evaluation_id: int,
    code: str,
    version: int | None,
    change: Callable[..., object],
) -> ItemOut:
    """A versioned write to one item: the item the caller may see (404), the version it read
    (the body's or If-Match, 422 without), ``change`` through the item's service (403, 409,
    422), and the item as saved with its new ETag."""
    actor, evaluation, item = item_in_evaluation(request, evaluation_id, code)
    change(
        actor=actor,
        item=item,
        version=version_seen(request, version),
        today=timezone.localdate(),
    )
    return saved_item(response, evaluation, item.code)


def item_in_evaluation(
    request: HttpRequest, evaluation_id: int, code: str
) -> tuple[Actor, Evaluation, EvaluationItem]:
    """The caller, the evaluation it may see and one of its items; 404 otherwise."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, evaluation_id)
    return actor, evaluation, item_for(evaluation, code)


def saved_item(response: HttpResponse, evaluation: Evaluation, code: str) -> ItemOut:
    """The item as saved now, with the status the rule gives it and its version as the ETag."""
    items, outcomes = items_read(evaluation)
    item = next(item for item in items if item.code == code)
    with_etag(response, item.version)
    return item_out(item, outcomes)
