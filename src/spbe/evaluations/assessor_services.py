"""The external assessors' word: a verdict per item, a result per indicator.

An assessor assigned to the evaluation gives them during the Penilaian Dokumen and Interviu
(``item_policy.can_record_verdict``). The import of the portal's results (``result_import``)
writes through the same two ``apply_*`` functions, so a row of a file and an entry on a page
change exactly the same things. Every write is audited and carries the version the user read.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.evaluations import events
from spbe.evaluations.item_policy import can_record_verdict
from spbe.evaluations.item_services import locked_item, save_item
from spbe.evaluations.models import Assessment, AssessorResult, Evaluation, EvaluationItem
from spbe.evaluations.stage_selectors import evaluation_stage_today
from spbe.evaluations.validation import parse_indicator_value
from spbe.evaluations.versions import check_version, lock_evaluation, save_versioned
from spbe.organizations.actors import Actor
from spbe.scoring import ScoringInputError
from spbe.scoring.items import ItemStatus, parse_item_status

VERDICTS = (ItemStatus.ACCEPTED, ItemStatus.REVISION)


@dataclass(frozen=True)
class ResultFields:
    """What an assessor's result of one indicator says; ``None`` leaves a field as it is."""

    value: Decimal | None = None
    note: str | None = None
    recommendation: str | None = None
    evidence_uploaded: bool | None = None
    confirmed_at_interview: bool | None = None
    approved: bool | None = None


@transaction.atomic
def item_verdict_record(
    *,
    actor: Actor,
    item: EvaluationItem,
    version: int,
    status: object,
    note: str,
    today: datetime.date,
) -> EvaluationItem:
    """Accept an item (diterima) or ask for its revision (revisi), with a note."""
    current, evaluation = locked_item(item, version)
    require(can_record_verdict(actor, evaluation, evaluation_stage_today(evaluation, today=today)))
    before = (current.status, current.assessor_note)
    saved = apply_verdict(current, evaluation, actor, parse_verdict(status), note)
    if (saved.status, saved.assessor_note) != before:
        events.item_verdict_given(saved, evaluation, actor=actor)
    return saved


@transaction.atomic
def assessor_result_save(
    *,
    actor: Actor,
    assessment: Assessment,
    version: int,
    value: object,
    note: str,
    recommendation: str,
    evidence_uploaded: bool,
    confirmed_at_interview: bool,
    approved: bool,
    today: datetime.date,
) -> AssessorResult:
    """Record the assessor's result of one indicator; ``version`` 0 when there is none yet."""
    result, evaluation = locked_result(assessment, version)
    require(can_record_verdict(actor, evaluation, evaluation_stage_today(evaluation, today=today)))
    fields = ResultFields(
        value=parse_result_value(evaluation, result.assessment, value),
        note=note,
        recommendation=recommendation,
        evidence_uploaded=evidence_uploaded,
        confirmed_at_interview=confirmed_at_interview,
        approved=approved,
    )
    return apply_result(result, evaluation, actor, fields)


def parse_verdict(raw: object) -> ItemStatus:
    """A verdict from its wire value: diterima or revisi."""
    try:
        status = raw if isinstance(raw, ItemStatus) else parse_item_status(str(raw))
    except ScoringInputError:
        status = None
    if status not in VERDICTS:
        raise ActionRefused(
            _("“%(value)s” is not a verdict: give diterima or revisi.") % {"value": raw},
            field="status",
        )
    return status


def parse_result_value(evaluation: Evaluation, assessment: Assessment, raw: object) -> Decimal:
    """The assessor's value: within the framework's range, fractions where it allows them."""
    if raw in (None, ""):
        raise ActionRefused(_("Give the assessor's value."), field="value")
    return parse_indicator_value(evaluation.revision, assessment.indicator, raw, field="value")


def apply_verdict(
    item: EvaluationItem, evaluation: Evaluation, actor: Actor, status: ItemStatus, note: str
) -> EvaluationItem:
    """Write a verdict on a locked item; an unchanged verdict writes nothing."""
    if item.retired:
        raise ActionRefused(_("Item %(code)s is retired.") % {"code": item.code})
    note = note.strip()
    if item.status == status and item.assessor_note == note:
        return item
    before = {"status": item.status, "note": item.assessor_note}
    item.status = status.value
    item.assessor_note = note
    item.verdict_by = actor.user
    item.verdict_at = timezone.now()
    after = {"status": item.status, "note": note}
    return save_item(item, evaluation, actor, "item.verdict", {"before": before, "after": after})


def apply_result(
    result: AssessorResult, evaluation: Evaluation, actor: Actor, fields: ResultFields
) -> AssessorResult:
    """Write the given fields of a locked result; an unchanged result writes nothing."""
    before = result_snapshot(result)
    for name, given in vars(fields).items():
        if given is not None:
            setattr(result, name, given.strip() if isinstance(given, str) else given)
    after = result_snapshot(result)
    if after == before and result.pk is not None:
        return result
    save_versioned(
        result,
        actor=actor,
        action="assessor_result.save",
        agency=evaluation.agency,
        summary=_("Indicator %(number)s: assessor's result")
        % {"number": result.assessment.indicator.number},
        data={"before": before, "after": after},
    )
    if before["value"] != after["value"]:
        _external_value_follows(result)
    return result


def _external_value_follows(result: AssessorResult) -> None:
    """The assessor's value is the indicator's external result: the dashboard, the reports and
    the step to "Hasil eksternal" read it from the assessment, as for SPBE 2020. Written in the
    same transaction as the result (whose audit event records the value); the version moves on
    so that a form opened on the old value cannot overwrite it."""
    Assessment.objects.filter(pk=result.assessment_id).update(
        external_value=result.value, version=F("version") + 1
    )


def result_snapshot(result: AssessorResult) -> dict[str, object]:
    """A result's fields as plain data, for the audit log and for comparing."""
    return {
        "value": None if result.value is None else str(result.value),
        "note": result.note,
        "recommendation": result.recommendation,
        "evidence_uploaded": result.evidence_uploaded,
        "confirmed_at_interview": result.confirmed_at_interview,
        "approved": result.approved,
    }


def locked_result(assessment: Assessment, version: int | None) -> tuple[AssessorResult, Evaluation]:
    """The indicator's result under a lock (a new, unsaved one with version 0 if none yet)."""
    evaluation = lock_evaluation(assessment.evaluation_id)
    result = (
        AssessorResult.objects.select_for_update(of=("self",))
        .select_related("assessment__indicator", "updated_by")
        .filter(assessment_id=assessment.pk)
        .first()
    ) or AssessorResult(
        assessment=Assessment.objects.select_related("indicator").get(pk=assessment.pk),
        version=0,
    )
    check_version(
        seen=version,
        current=result.version,
        by=result.updated_by,
        at=result.updated_at,
        what=_("the assessor's result of indicator %(number)s")
        % {"number": result.assessment.indicator.number},
    )
    return result, evaluation
