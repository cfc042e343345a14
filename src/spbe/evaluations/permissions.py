"""Every access rule of the evaluation workflow, in one place.

Views never decide access themselves: selectors use ``can_view_*`` to hide what a user may not
see (404), services use the ``can_*`` rules to refuse what a user may not do (403). The rules:

* Nobody sees another agency's data. An installation admin (superuser) sees everything, read-only.
* Koordinator: manages the agency's evaluations (open, assign, move between states, review).
* Asesor internal: reads the agency's evaluations and reviews submitted indicators.
* PIC OPD: edits the claim of indicators whose lead unit is its own unit, while the
  self-assessment is open; a PIC of a supporting unit may add evidence. A PIC *reads* every
  indicator of its agency's evaluations (criteria, state, claim, evidence titles, notes),
  because the index is the job of every unit and peers' answers help; it cannot change them.
* Pimpinan: reads everything of its agency; changes nothing.
* Asesor eksternal: reads only evaluations assigned to them that were submitted (Dikirim or
  later), and records the external result.
"""

from __future__ import annotations

from spbe.evaluations.models import Assessment, AssessmentState, Evaluation, EvaluationState
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role

AGENCY_READERS = (Role.COORDINATOR, Role.INTERNAL_ASSESSOR, Role.LEADERSHIP, Role.UNIT_PIC)
SUBMITTED_OR_LATER = (
    EvaluationState.SUBMITTED,
    EvaluationState.EXTERNAL_RESULT,
    EvaluationState.FINISHED,
)
SELF_ASSESSMENT_OPEN = (EvaluationState.SELF_ASSESSMENT, EvaluationState.REVIEW)
EDITABLE_ASSESSMENT = (
    AssessmentState.NOT_STARTED,
    AssessmentState.DRAFT,
    AssessmentState.RETURNED,
)


def reads_agency(actor: Actor, agency_id: int) -> bool:
    return actor.in_agency(agency_id) and any(actor.has(role) for role in AGENCY_READERS)


def can_view_evaluation(
    actor: Actor, evaluation: Evaluation, *, assessor_ids: set[int] | None = None
) -> bool:
    if actor.is_admin or reads_agency(actor, evaluation.agency_id):
        return True
    if actor.has(Role.EXTERNAL_ASSESSOR) and evaluation.state in SUBMITTED_OR_LATER:
        assigned = (
            assessor_ids
            if assessor_ids is not None
            else set(evaluation.external_assessors.values_list("pk", flat=True))
        )
        return actor.pk in assigned
    return False


def can_create_evaluation(actor: Actor, agency_id: int) -> bool:
    return actor.has_in_agency(Role.COORDINATOR, agency_id)


def can_manage_evaluation(actor: Actor, evaluation: Evaluation) -> bool:
    return actor.has_in_agency(Role.COORDINATOR, evaluation.agency_id)


def can_assign(actor: Actor, evaluation: Evaluation) -> bool:
    return can_manage_evaluation(actor, evaluation) and evaluation.state in (
        EvaluationState.PREPARATION,
        *SELF_ASSESSMENT_OPEN,
    )


def can_edit_claim(actor: Actor, assessment: Assessment, evaluation: Evaluation) -> bool:
    return (
        evaluation.state in SELF_ASSESSMENT_OPEN
        and assessment.state in EDITABLE_ASSESSMENT
        and actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id)
        and assessment.lead_unit_id is not None
        and actor.unit_id == assessment.lead_unit_id
    )


def can_add_evidence(
    actor: Actor, assessment: Assessment, evaluation: Evaluation, *, supporting_unit_ids: set[int]
) -> bool:
    if can_edit_claim(actor, assessment, evaluation):
        return True
    return (
        evaluation.state in SELF_ASSESSMENT_OPEN
        and assessment.state in EDITABLE_ASSESSMENT
        and actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id)
        and actor.unit_id in supporting_unit_ids
    )


def can_review(actor: Actor, evaluation: Evaluation) -> bool:
    """Koordinator and asesor internal review submitted indicators until the evaluation is sent."""
    return evaluation.state in SELF_ASSESSMENT_OPEN and (
        actor.has_in_agency(Role.COORDINATOR, evaluation.agency_id)
        or actor.has_in_agency(Role.INTERNAL_ASSESSOR, evaluation.agency_id)
    )


def can_record_external(actor: Actor, evaluation: Evaluation) -> bool:
    if evaluation.state not in (EvaluationState.SUBMITTED, EvaluationState.EXTERNAL_RESULT):
        return False
    if can_manage_evaluation(actor, evaluation):
        return True
    return (
        actor.has(Role.EXTERNAL_ASSESSOR)
        and actor.pk is not None
        and evaluation.external_assessors.filter(pk=actor.pk).exists()
    )


def can_update_action(actor: Actor, evaluation: Evaluation, lead_unit_id: int | None) -> bool:
    """An action of the action plan: its lead unit's PIC or the koordinator."""
    if can_manage_evaluation(actor, evaluation):
        return True
    return (
        actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id)
        and lead_unit_id is not None
        and actor.unit_id == lead_unit_id
    )


def can_confirm_published_name(actor: Actor, agency_id: int) -> bool:
    """Which published name is this agency: its koordinator or the installation admin."""
    return actor.is_admin or actor.has_in_agency(Role.COORDINATOR, agency_id)
