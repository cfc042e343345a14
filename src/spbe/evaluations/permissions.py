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

from spbe.evaluations.models import (
    Assessment,
    AssessmentState,
    Evaluation,
    EvaluationItem,
    EvaluationState,
)
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role
from spbe.schedule.stages import Stage, StageToday
from spbe.scoring.items import ItemStatus

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


# Pemdi: evidence items (butir), the assessment stages and the assessors' results.
#
# The stage is the one the evaluation's windows give for the day (``stage_selectors``); these
# rules never read a clock. In short: the koordinator keeps the item list until the Penilaian
# Dokumen begins; the lead unit's PIC fills in its items during the Penilaian Mandiri only (so
# from the Penilaian Dokumen on the agency's items are read-only); during the Penilaian
# Interviu the agency answers each item in revisi with a sanggah or a promise (akan
# disusulkan); assigned external assessors give verdicts and results in the Penilaian Dokumen
# and Interviu.

# The statuses in which the agency may still change an item (diterima is final).
AGENCY_EDITABLE_ITEM = (
    ItemStatus.NOT_STARTED,
    ItemStatus.DRAFT,
    ItemStatus.SUBMITTED,
    ItemStatus.REVISION,
)
ASSESSOR_STAGES = (Stage.DOCUMENTS, Stage.INTERVIEW)


def _is_assigned_assessor(actor: Actor, evaluation: Evaluation) -> bool:
    return (
        actor.has(Role.EXTERNAL_ASSESSOR)
        and actor.pk is not None
        and evaluation.external_assessors.filter(pk=actor.pk).exists()
    )


def _is_lead_pic(actor: Actor, assessment: Assessment, evaluation: Evaluation) -> bool:
    return (
        actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id)
        and assessment.lead_unit_id is not None
        and actor.unit_id == assessment.lead_unit_id
    )


def _open_in_self_assessment(
    item: EvaluationItem, evaluation: Evaluation, stage: StageToday
) -> bool:
    """The agency may still work on the item: Penilaian Mandiri, neither retired nor accepted."""
    return (
        stage.stage is Stage.SELF_ASSESSMENT
        and evaluation.state != EvaluationState.FINISHED
        and not item.retired
        and item.status in AGENCY_EDITABLE_ITEM
    )


def can_manage_items(actor: Actor, evaluation: Evaluation, stage: StageToday) -> bool:
    """Add, rename, retire or import items: the koordinator, until the Penilaian Dokumen begins."""
    return (
        can_manage_evaluation(actor, evaluation)
        and evaluation.state != EvaluationState.FINISHED
        and not stage.has_started(Stage.DOCUMENTS)
    )


def can_edit_item(
    actor: Actor,
    item: EvaluationItem,
    assessment: Assessment,
    evaluation: Evaluation,
    stage: StageToday,
) -> bool:
    """An item's note and its move draf → diajukan: the lead unit's PIC, in the Penilaian
    Mandiri only, while the item is neither retired nor accepted."""
    return _open_in_self_assessment(item, evaluation, stage) and _is_lead_pic(
        actor, assessment, evaluation
    )


def can_answer_revision(
    actor: Actor,
    item: EvaluationItem,
    assessment: Assessment,
    evaluation: Evaluation,
    stage: StageToday,
) -> bool:
    """A sanggah (with new evidence) or a promise (akan disusulkan) on an item in revisi: the
    koordinator or the lead unit's PIC, in the Penilaian Interviu only."""
    return (
        stage.stage is Stage.INTERVIEW
        and evaluation.state != EvaluationState.FINISHED
        and not item.retired
        and item.status == ItemStatus.REVISION
        and (
            can_manage_evaluation(actor, evaluation) or _is_lead_pic(actor, assessment, evaluation)
        )
    )


def can_add_item_evidence(
    actor: Actor,
    item: EvaluationItem,
    assessment: Assessment,
    evaluation: Evaluation,
    stage: StageToday,
    *,
    supporting_unit_ids: set[int],
) -> bool:
    """Evidence for an item: whoever may fill it in during the Penilaian Mandiri (and the PICs
    of the supporting units), or whoever may answer its revisi at the Penilaian Interviu."""
    if can_edit_item(actor, item, assessment, evaluation, stage):
        return True
    if can_answer_revision(actor, item, assessment, evaluation, stage):
        return True
    return (
        _open_in_self_assessment(item, evaluation, stage)
        and actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id)
        and actor.unit_id in supporting_unit_ids
    )


def can_record_verdict(actor: Actor, evaluation: Evaluation, stage: StageToday) -> bool:
    """Item verdicts and the assessor's result of an indicator: an external assessor assigned
    to the evaluation, in the Penilaian Dokumen or Interviu."""
    return (
        stage.stage in ASSESSOR_STAGES
        and evaluation.state != EvaluationState.FINISHED
        and _is_assigned_assessor(actor, evaluation)
    )


def can_import_results(actor: Actor, evaluation: Evaluation, stage: StageToday) -> bool:
    """The portal's results from a file: the koordinator or an assigned external assessor, once
    the Penilaian Dokumen has begun, until the evaluation is finished."""
    return (
        stage.has_started(Stage.DOCUMENTS)
        and evaluation.state != EvaluationState.FINISHED
        and (can_manage_evaluation(actor, evaluation) or _is_assigned_assessor(actor, evaluation))
    )


def can_enter_external_index(actor: Actor, evaluation: Evaluation, stage: StageToday) -> bool:
    """An external index value (SDI, SJIG, IPS, IKASANDI): the koordinator until the evaluation
    is finished, or an assigned external assessor in the Penilaian Dokumen or Interviu."""
    if evaluation.state == EvaluationState.FINISHED:
        return False
    return can_manage_evaluation(actor, evaluation) or can_record_verdict(actor, evaluation, stage)


def can_set_stage_windows(actor: Actor, evaluation: Evaluation) -> bool:
    """The stage windows of one evaluation: its koordinator, until it is finished."""
    return can_manage_evaluation(actor, evaluation) and evaluation.state != EvaluationState.FINISHED


def can_set_national_windows(actor: Actor) -> bool:
    """The national windows of a year, and copying them to every agency: the installation admin."""
    return actor.is_admin
