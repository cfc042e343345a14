"""Writes to one indicator's assessment: claim, submission, review, external result.

Every write carries the version the user read. If someone saved in between, the write is
refused (``StaleVersion``) and nothing is overwritten: the user's input is shown back to them.
"""

from __future__ import annotations

from decimal import Decimal

from django.db import transaction
from django.utils import formats
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.core.access import require
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.core.text import require_record_text, require_text
from spbe.evaluations import events
from spbe.evaluations.models import Assessment, AssessmentState, Evaluation, Transition
from spbe.evaluations.policy import can_edit_claim, can_record_external, can_review
from spbe.evaluations.states import WITH_THE_REVIEWERS
from spbe.evaluations.validation import (
    check_cumulative_criteria,
    parse_claimed_level,
    parse_criteria_met,
    parse_indicator_value,
)
from spbe.organizations.actors import Actor


def _locked(assessment: Assessment, version: int) -> tuple[Assessment, Evaluation]:
    """Re-read the row under a lock and check that the user saw the latest version.

    The evaluation row is locked first, so a state change (``evaluation_advance`` locks it too)
    never interleaves with a write to one of its indicators.
    """
    Evaluation.objects.select_for_update().filter(pk=assessment.evaluation_id).first()
    current = (
        Assessment.objects.select_for_update(of=("self",))
        .select_related("indicator", "evaluation", "evaluation__revision", "updated_by")
        .defer("evaluation__revision__document")
        .get(pk=assessment.pk)
    )
    if current.version != version:
        who = (
            current.updated_by.get_full_name() or current.updated_by.username
            if current.updated_by
            else "?"
        )
        raise StaleVersion(
            _(
                "%(who)s saved this indicator at %(when)s, after you opened it. Nothing of yours "
                "was saved and nothing of theirs was overwritten: review their version below, "
                "then apply your changes again."
            )
            % {"who": who, "when": formats.date_format(current.updated_at, "DATETIME_FORMAT")}
        )
    return current, current.evaluation


def _move(
    assessment: Assessment,
    evaluation: Evaluation,
    actor: Actor,
    to: AssessmentState,
    note: str = "",
) -> None:
    require_text(Transition, note=note)
    before = assessment.state
    assessment.state = to
    if before != to:
        Transition.objects.create(
            evaluation=evaluation,
            assessment=assessment,
            from_state=before,
            to_state=to,
            by=actor.user,
            note=note,
        )


def _save(assessment: Assessment, actor: Actor, action: str, data: dict) -> Assessment:
    require_record_text(assessment)
    assessment.version += 1
    assessment.updated_by = actor.user
    assessment.save()
    audit_record(
        actor=actor.user,
        action=action,
        target=assessment,
        agency=assessment.evaluation.agency,
        summary=_("Indicator %(number)s: %(action)s")
        % {"number": assessment.indicator.number, "action": action},
        data=data,
    )
    return assessment


@transaction.atomic
def assessment_save_claim(
    *,
    actor: Actor,
    assessment: Assessment,
    version: int,
    claimed_level: object,
    justification: str,
    criteria_met: list[int],
    submit: bool = False,
) -> Assessment:
    """Save the unit's claim as a draft, or submit it for review (``submit=True``)."""
    current, evaluation = _locked(assessment, version)
    require(can_edit_claim(actor, current, evaluation))
    level = parse_claimed_level(evaluation.revision, claimed_level)
    criteria = parse_criteria_met(evaluation.revision, criteria_met)
    justification = justification.strip()
    if submit:
        if level is None:
            raise ActionRefused(
                _("Choose the level you claim before submitting."), field="claimed_level"
            )
        if not justification:
            raise ActionRefused(
                _("Write the justification before submitting."), field="justification"
            )
        check_cumulative_criteria(level, criteria)
    before = {
        "claimed_level": _text(current.claimed_level),
        "justification": current.justification,
        "criteria_met": current.criteria_met,
    }
    current.claimed_level = level
    current.justification = justification
    current.criteria_met = criteria
    _move(
        current, evaluation, actor, AssessmentState.SUBMITTED if submit else AssessmentState.DRAFT
    )
    after = {
        "claimed_level": _text(level),
        "justification": justification,
        "criteria_met": criteria,
    }
    return _save(
        current,
        actor,
        "assessment.submit" if submit else "assessment.draft",
        {"before": before, "after": after},
    )


@transaction.atomic
def assessment_verify(
    *, actor: Actor, assessment: Assessment, version: int, verified_level: object, reason: str
) -> Assessment:
    """Accept a submission with a verified level; a level other than the claim needs a reason."""
    current, evaluation = _locked(assessment, version)
    require(can_review(actor, evaluation))
    if current.state != AssessmentState.SUBMITTED:
        raise ActionRefused(_("Only a submitted indicator can be verified."))
    level = parse_indicator_value(
        evaluation.revision, current.indicator, verified_level, field="verified_level"
    )
    reason = reason.strip()
    if level != current.claimed_level and not reason:
        raise ActionRefused(
            _("The verified level differs from the claim: give the reason."),
            field="verification_reason",
        )
    before = _text(current.verified_level)
    current.verified_level = level
    current.verification_reason = reason
    current.return_note = ""
    _move(current, evaluation, actor, AssessmentState.VERIFIED, reason)
    return _save(
        current,
        actor,
        "assessment.verify",
        {"before": before, "after": _text(level), "reason": reason},
    )


@transaction.atomic
def assessment_return(
    *, actor: Actor, assessment: Assessment, version: int, note: str
) -> Assessment:
    """Send a submission back to the unit with a note saying what to fix."""
    current, evaluation = _locked(assessment, version)
    require(can_review(actor, evaluation))
    if current.state not in WITH_THE_REVIEWERS:
        raise ActionRefused(_("Only a submitted or verified indicator can be returned."))
    note = note.strip()
    if not note:
        raise ActionRefused(_("Write a note telling the unit what to fix."), field="return_note")
    current.return_note = note
    current.verified_level = None
    _move(current, evaluation, actor, AssessmentState.RETURNED, note)
    saved = _save(current, actor, "assessment.return", {"note": note})
    events.claim_returned(saved, note, actor=actor)
    return saved


@transaction.atomic
def external_result_record(
    *, actor: Actor, assessment: Assessment, version: int | None, value: object, note: str
) -> Assessment:
    """Record the external assessor's value for one indicator (``version=None``: an import)."""
    current, evaluation = _locked(assessment, assessment.version if version is None else version)
    require(can_record_external(actor, evaluation))
    decimal = parse_indicator_value(
        evaluation.revision, current.indicator, value, field="external_value"
    )
    before = {"value": _text(current.external_value), "note": current.external_note}
    current.external_value = decimal
    current.external_note = note.strip()
    return _save(
        current,
        actor,
        "assessment.external",
        {"before": before, "after": {"value": _text(decimal), "note": current.external_note}},
    )


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)
