"""Every write of the evaluation workflow. The views and the demo loader call these.

Each service requires its access rule (``policy``), validates, writes in one transaction,
records the transition and the audit event. A refused request raises ``NotAllowed`` (403, with
the rule's reason) or ``ActionRefused`` (422, a message for the user) and changes nothing.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from spbe.audit.services import AuditEntry, audit_record, audit_record_many
from spbe.catalog.selectors import UnknownFramework, current_revision
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.text import require_text
from spbe.evaluations import events
from spbe.evaluations.finished_scores import finished_scores_store
from spbe.evaluations.item_services import items_copy_from_catalog
from spbe.evaluations.models import (
    Assessment,
    Evaluation,
    EvaluationState,
    Transition,
)
from spbe.evaluations.policy import (
    can_assign,
    can_create_evaluation,
    can_manage_evaluation,
    can_set_external_assessors,
)
from spbe.evaluations.stage_services import stages_copy_from_national
from spbe.evaluations.validation import validate_target
from spbe.evaluations.versions import check_version
from spbe.organizations.actors import Actor
from spbe.organizations.models import Agency, Membership, Role, Unit

EVALUATION_FLOW = {
    EvaluationState.PREPARATION: EvaluationState.SELF_ASSESSMENT,
    EvaluationState.SELF_ASSESSMENT: EvaluationState.REVIEW,
    EvaluationState.REVIEW: EvaluationState.SUBMITTED,
    EvaluationState.SUBMITTED: EvaluationState.EXTERNAL_RESULT,
    EvaluationState.EXTERNAL_RESULT: EvaluationState.FINISHED,
}


@transaction.atomic
def evaluation_create(
    *,
    actor: Actor,
    agency: Agency,
    year: int,
    framework_code: str,
    target: Decimal,
    self_assessment_deadline: datetime.date,
    review_deadline: datetime.date,
) -> Evaluation:
    """Open an evaluation; it freezes the framework's current revision and lists its indicators."""
    require(can_create_evaluation(actor, agency.pk))
    try:
        revision = current_revision(framework_code)
    except UnknownFramework as error:
        raise ActionRefused(_("Unknown framework."), field="framework") from error
    validate_target(revision, target)
    if review_deadline < self_assessment_deadline:
        raise ActionRefused(
            _("The review must close on or after the day the self-assessment closes."),
            field="review_deadline",
        )
    if Evaluation.objects.filter(
        agency=agency, year=year, revision__framework=revision.framework
    ).exists():
        raise ActionRefused(
            _("%(agency)s already has a %(framework)s evaluation for %(year)s.")
            % {"agency": agency.name, "framework": revision.framework.short_title, "year": year},
            field="year",
        )
    evaluation = Evaluation.objects.create(
        agency=agency,
        year=year,
        revision=revision,
        target=target,
        self_assessment_deadline=self_assessment_deadline,
        review_deadline=review_deadline,
        created_by=actor.user,
    )
    Assessment.objects.bulk_create(
        Assessment(evaluation=evaluation, indicator=indicator)
        for indicator in revision.indicators.all()
    )
    audit_record(
        actor=actor.user,
        action="evaluation.create",
        target=evaluation,
        agency=agency,
        summary=f"{agency.name} {year} {revision}",
        data={"target": str(target)},
    )
    # Pemdi: the revision's evidence items, and the national stage windows of the year.
    items_copy_from_catalog(actor=actor, evaluation=evaluation)
    stages_copy_from_national(actor=actor, evaluation=evaluation)
    return evaluation


@transaction.atomic
def assignments_update(
    *,
    actor: Actor,
    evaluation: Evaluation,
    assignments: dict[int, tuple[int | None, set[int]]],
    versions: dict[int, int] | None = None,
) -> int:
    """Set lead and supporting units for many indicators at once (indicator number → units).

    Returns how many indicators changed. All or nothing: an unknown unit refuses the lot, and
    so does an indicator whose version in ``versions`` (indicator number → the version the
    caller read) is no longer its version (``StaleVersion``).
    """
    require(can_assign(actor, evaluation))
    Evaluation.objects.select_for_update().filter(pk=evaluation.pk).first()
    units = {unit.pk: unit for unit in Unit.objects.filter(agency=evaluation.agency)}
    assessments = {
        a.indicator.number: a
        for a in evaluation.assessments.select_related("indicator", "updated_by").prefetch_related(
            "supporting_units"
        )
    }
    changed: list[tuple[Assessment, set[int]]] = []
    entries: list[AuditEntry] = []
    new_for_unit: dict[int, list[tuple[Assessment, bool]]] = {}
    for number, (lead_id, supporting_ids) in sorted(assignments.items()):
        assessment = assessments.get(number)
        if assessment is None:
            raise ActionRefused(
                _("Indicator %(number)s is not in this evaluation.") % {"number": number}
            )
        check_version(
            seen=(versions or {}).get(number),
            current=assessment.version,
            by=assessment.updated_by,
            at=assessment.updated_at,
            what=_("indicator %(number)s") % {"number": number},
        )
        unknown = ({lead_id} if lead_id else set()) | supporting_ids
        if not unknown <= set(units):
            raise ActionRefused(
                _("Indicator %(number)s: a unit does not belong to this agency.")
                % {"number": number}
            )
        if lead_id is None and evaluation.state != EvaluationState.PREPARATION:
            raise ActionRefused(
                _(
                    "Indicator %(number)s needs a lead unit: once the self-assessment has "
                    "started, a lead unit can be changed but not removed."
                )
                % {"number": number}
            )
        supporting_ids = supporting_ids - {lead_id} if lead_id else supporting_ids
        before = (assessment.lead_unit_id, {u.pk for u in assessment.supporting_units.all()})
        if before == (lead_id, supporting_ids):
            continue
        _note_new_units(new_for_unit, assessment, before, lead_id, supporting_ids)
        assessment.lead_unit_id = lead_id
        changed.append((assessment, supporting_ids))
        entries.append(
            AuditEntry(
                action="assessment.assign",
                target=assessment,
                summary=_("Indicator %(number)s assigned") % {"number": number},
                data={
                    "lead_unit": lead_id,
                    "supporting_units": sorted(supporting_ids),
                    "before": {"lead_unit": before[0], "supporting_units": sorted(before[1])},
                },
            )
        )
    _assignments_write(changed, actor.user)
    audit_record_many(actor=actor.user, agency=evaluation.agency, entries=entries)
    events.assignments_made(evaluation, new_for_unit, actor=actor)
    return len(changed)


def _note_new_units(
    new_for_unit: dict[int, list[tuple[Assessment, bool]]],
    assessment: Assessment,
    before: tuple[int | None, set[int]],
    lead_id: int | None,
    supporting_ids: set[int],
) -> None:
    """Collect, per unit, the indicators it newly leads or newly supports (a lead unit that
    becomes a supporting one has nothing new to do, so it is not told)."""
    before_lead, before_supporting = before
    if lead_id is not None and lead_id != before_lead:
        new_for_unit.setdefault(lead_id, []).append((assessment, True))
    for unit_id in supporting_ids - before_supporting - {before_lead}:
        new_for_unit.setdefault(unit_id, []).append((assessment, False))


def _assignments_write(changed: list[tuple[Assessment, set[int]]], user: Any) -> None:
    """Store the new lead units and replace the supporting units of the changed rows, with one
    update per lead unit instead of one per row."""
    if not changed:
        return
    by_lead: dict[int | None, list[int]] = {}
    for assessment, _supporting in changed:
        by_lead.setdefault(assessment.lead_unit_id, []).append(assessment.pk)
    now = timezone.now()
    for lead_id, pks in by_lead.items():
        Assessment.objects.filter(pk__in=pks).update(
            lead_unit_id=lead_id, version=F("version") + 1, updated_by=user, updated_at=now
        )
    through = Assessment.supporting_units.through
    through.objects.filter(assessment__in=[assessment for assessment, _s in changed]).delete()
    through.objects.bulk_create(
        through(assessment_id=assessment.pk, unit_id=unit_id)
        for assessment, supporting in changed
        for unit_id in sorted(supporting)
    )


@transaction.atomic
def evaluation_advance(*, actor: Actor, evaluation: Evaluation, note: str = "") -> Evaluation:
    """Move the evaluation to its next state, if the rules of that step are met."""
    evaluation = Evaluation.objects.select_for_update().get(pk=evaluation.pk)
    require(can_manage_evaluation(actor, evaluation))
    require_text(Transition, note=note)
    current = EvaluationState(evaluation.state)
    target = EVALUATION_FLOW.get(current)
    if target is None:
        raise ActionRefused(_("This evaluation is finished."))
    _check_step(evaluation, target)
    evaluation.state = target
    evaluation.save(update_fields=["state"])
    if target is EvaluationState.FINISHED:
        finished_scores_store(evaluation=evaluation)
    Transition.objects.create(
        evaluation=evaluation, from_state=current, to_state=target, by=actor.user, note=note
    )
    audit_record(
        actor=actor.user,
        action="evaluation.state",
        target=evaluation,
        agency=evaluation.agency,
        summary=f"{current.label} → {target.label}",
        data={"from": current.value, "to": target.value, "note": note},
    )
    return evaluation


def _check_step(evaluation: Evaluation, target: EvaluationState) -> None:
    assessments = evaluation.assessments
    if target is EvaluationState.SELF_ASSESSMENT:
        unassigned = assessments.filter(lead_unit__isnull=True).count()
        if unassigned:
            raise ActionRefused(
                _("%(count)s indicator(s) have no lead unit yet. Assign every indicator first.")
                % {"count": unassigned}
            )
    if target is EvaluationState.SUBMITTED:
        unverified = assessments.exclude(state="diverifikasi").count()
        if unverified:
            raise ActionRefused(
                _(
                    "%(count)s indicator(s) are not verified yet. Verify every indicator before sending."
                )
                % {"count": unverified}
            )
    if target is EvaluationState.EXTERNAL_RESULT:
        missing = assessments.filter(external_value__isnull=True).count()
        if missing:
            raise ActionRefused(
                _("%(count)s indicator(s) have no external result yet.") % {"count": missing}
            )


def external_assessor_candidates() -> list[Any]:
    """Users who hold the external assessor role (they belong to no agency)."""
    memberships = Membership.objects.filter(agency__isnull=True).select_related("user")
    return [
        m.user for m in memberships if Role.EXTERNAL_ASSESSOR.value in m.roles and m.user.is_active
    ]


@transaction.atomic
def external_assessor_set(
    *, actor: Actor, evaluation: Evaluation, user: Any, assigned: bool
) -> None:
    """Assign (or unassign) an external assessor; they see the evaluation once it is sent."""
    require(can_set_external_assessors(actor, evaluation))
    membership = Membership.objects.filter(user=user).first()
    if assigned and membership and membership.agency_id not in (None, evaluation.agency_id):
        raise ActionRefused(
            _(
                "This external assessor belongs to another agency and cannot assess this "
                "evaluation."
            ),
            field="assessor",
        )
    if user not in external_assessor_candidates():
        raise ActionRefused(_("This user is not an external assessor."), field="assessor")
    if assigned:
        evaluation.external_assessors.add(user)
    else:
        evaluation.external_assessors.remove(user)
    audit_record(
        actor=actor.user,
        action="evaluation.external_assessor",
        target=evaluation,
        agency=evaluation.agency,
        summary=f"{user.username} {'+' if assigned else '-'}",
        data={"user": user.pk, "assigned": assigned},
    )
