"""Who may do what with Pemdi's evidence items (butir), the assessment stages and the
assessors' results. The rules build on the workflow's (``evaluations.policy``).

The stage is the one the evaluation's windows give for the day (``stage_selectors``); these
rules never read a clock. In short: the koordinator keeps the item list until the Penilaian
Dokumen begins; the lead unit's PIC fills in its items during the Penilaian Mandiri only (so
from the Penilaian Dokumen on the agency's items are read-only); during the Penilaian Interviu
the agency answers each item in revisi with a sanggah or a promise (akan disusulkan); assigned
external assessors give verdicts and results in the Penilaian Dokumen and Interviu.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from spbe.core.access import ALLOWED, Decision, refuse
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem, EvaluationState
from spbe.evaluations.policy import assesses_for, can_manage_evaluation, is_lead_unit_pic
from spbe.organizations.actors import Actor
from spbe.organizations.models import Role
from spbe.schedule.stages import Stage, StageToday
from spbe.scoring.items import ItemStatus

# The statuses in which the agency may still change an item (diterima is final).
AGENCY_EDITABLE_ITEM = (
    ItemStatus.NOT_STARTED,
    ItemStatus.DRAFT,
    ItemStatus.SUBMITTED,
    ItemStatus.REVISION,
)
ASSESSOR_STAGES = (Stage.DOCUMENTS, Stage.INTERVIEW)

FINISHED = _("The evaluation is finished; nothing can be changed any more.")
ITEMS_FIXED = _("The item list is fixed once the Penilaian Dokumen has begun.")
ONLY_LEAD_PIC = _("Only the PIC of the indicator's lead unit fills in its items.")
NOT_IN_SELF_ASSESSMENT = _("Items are filled in during the Penilaian Mandiri only.")
ITEM_RETIRED = _("This item has been retired.")
ITEM_CLOSED = _("This item has been accepted; it can no longer be changed.")
ONLY_IN_INTERVIEW = _("A revisi is answered during the Penilaian Interviu only.")
NOT_IN_REVISION = _("Only an item in revisi can be answered.")
ONLY_COORDINATOR_OR_LEAD = _("Only the coordinator or the lead unit's PIC answers a revisi.")
ONLY_ITEM_EVIDENCE_MAKERS = _(
    "Evidence for an item is added by the PICs of its indicator's units during the Penilaian "
    "Mandiri, or with the answer to a revisi during the Penilaian Interviu."
)
ONLY_ASSIGNED_ASSESSOR = _("Only an external assessor assigned to this evaluation does this.")
NOT_ASSESSOR_STAGE = _("Verdicts are recorded during the Penilaian Dokumen and Interviu only.")
RESULTS_NOT_YET = _("Results are imported once the Penilaian Dokumen has begun.")
ONLY_COORDINATOR_OR_ASSESSOR = _(
    "Only the coordinator or an external assessor assigned to this evaluation does this."
)
INDEX_IN_SELF_ASSESSMENT = _(
    "The unit records an index value during the Penilaian Mandiri only; later the coordinator "
    "or the assessors correct it."
)
ONLY_INDEX_RECORDERS = _(
    "An index value is recorded by the PIC of the indicator's lead unit, the coordinator or an "
    "external assessor assigned to this evaluation."
)
ONLY_ADMIN = _("Only the installation administrator sets the national windows.")


def _not_finished(evaluation: Evaluation) -> Decision:
    return refuse(FINISHED) if evaluation.state == EvaluationState.FINISHED else ALLOWED


def is_assigned_assessor(actor: Actor, evaluation: Evaluation) -> bool:
    return (
        assesses_for(actor, evaluation.agency_id)
        and actor.pk is not None
        and evaluation.external_assessors.filter(pk=actor.pk).exists()
    )


def _open_in_self_assessment(
    item: EvaluationItem, evaluation: Evaluation, stage: StageToday
) -> Decision:
    """The agency may still work on the item: Penilaian Mandiri, neither retired nor accepted."""
    if stage.stage is not Stage.SELF_ASSESSMENT:
        return refuse(NOT_IN_SELF_ASSESSMENT)
    if item.retired:
        return refuse(ITEM_RETIRED)
    if item.status not in AGENCY_EDITABLE_ITEM:
        return refuse(ITEM_CLOSED)
    return _not_finished(evaluation)


def can_manage_items(actor: Actor, evaluation: Evaluation, stage: StageToday) -> Decision:
    """Add, rename, retire or import items: the koordinator, until the Penilaian Dokumen begins."""
    managed = can_manage_evaluation(actor, evaluation)
    if not managed:
        return managed
    if stage.has_started(Stage.DOCUMENTS):
        return refuse(ITEMS_FIXED)
    return _not_finished(evaluation)


def can_edit_item(
    actor: Actor,
    item: EvaluationItem,
    assessment: Assessment,
    evaluation: Evaluation,
    stage: StageToday,
) -> Decision:
    """An item's note and its move draf → diajukan: the lead unit's PIC, in the Penilaian
    Mandiri only, while the item is neither retired nor accepted."""
    if not is_lead_unit_pic(actor, assessment, evaluation):
        return refuse(ONLY_LEAD_PIC)
    return _open_in_self_assessment(item, evaluation, stage)


def can_answer_revision(
    actor: Actor,
    item: EvaluationItem,
    assessment: Assessment,
    evaluation: Evaluation,
    stage: StageToday,
) -> Decision:
    """A sanggah (with new evidence) or a promise (akan disusulkan) on an item in revisi: the
    koordinator or the lead unit's PIC, in the Penilaian Interviu only."""
    if not (
        can_manage_evaluation(actor, evaluation) or is_lead_unit_pic(actor, assessment, evaluation)
    ):
        return refuse(ONLY_COORDINATOR_OR_LEAD)
    if stage.stage is not Stage.INTERVIEW:
        return refuse(ONLY_IN_INTERVIEW)
    if item.retired:
        return refuse(ITEM_RETIRED)
    if item.status != ItemStatus.REVISION:
        return refuse(NOT_IN_REVISION)
    return _not_finished(evaluation)


def can_add_item_evidence(
    actor: Actor,
    item: EvaluationItem,
    assessment: Assessment,
    evaluation: Evaluation,
    stage: StageToday,
    *,
    supporting_unit_ids: set[int],
) -> Decision:
    """Evidence for an item: whoever may fill it in during the Penilaian Mandiri (and the PICs
    of the supporting units), or whoever may answer its revisi at the Penilaian Interviu."""
    if can_edit_item(actor, item, assessment, evaluation, stage):
        return ALLOWED
    if can_answer_revision(actor, item, assessment, evaluation, stage):
        return ALLOWED
    if actor.has_in_agency(Role.UNIT_PIC, evaluation.agency_id) and (
        actor.unit_id in supporting_unit_ids
    ):
        return _open_in_self_assessment(item, evaluation, stage)
    return refuse(ONLY_ITEM_EVIDENCE_MAKERS)


def can_record_verdict(actor: Actor, evaluation: Evaluation, stage: StageToday) -> Decision:
    """Item verdicts and the assessor's result of an indicator: an external assessor assigned
    to the evaluation, in the Penilaian Dokumen or Interviu."""
    if not is_assigned_assessor(actor, evaluation):
        return refuse(ONLY_ASSIGNED_ASSESSOR)
    if stage.stage not in ASSESSOR_STAGES:
        return refuse(NOT_ASSESSOR_STAGE)
    return _not_finished(evaluation)


def can_import_results(actor: Actor, evaluation: Evaluation, stage: StageToday) -> Decision:
    """The portal's results from a file: the koordinator, an assigned external assessor, or the
    system (``spbe pemdi import-results`` without ``--user``), once the Penilaian Dokumen has
    begun, until the evaluation is finished."""
    if not (
        actor.is_system
        or can_manage_evaluation(actor, evaluation)
        or is_assigned_assessor(actor, evaluation)
    ):
        return refuse(ONLY_COORDINATOR_OR_ASSESSOR)
    if not stage.has_started(Stage.DOCUMENTS):
        return refuse(RESULTS_NOT_YET)
    return _not_finished(evaluation)


def can_enter_external_index(
    actor: Actor, assessment: Assessment, evaluation: Evaluation, stage: StageToday
) -> Decision:
    """An external index value (SDI, SJIG, IPS, IKASANDI) and its proof: the indicator's lead
    unit's PIC during the Penilaian Mandiri (the unit holds the other agency's result), the
    koordinator until the evaluation is finished, or an assigned external assessor in the
    Penilaian Dokumen or Interviu."""
    if can_manage_evaluation(actor, evaluation):
        return _not_finished(evaluation)
    if is_assigned_assessor(actor, evaluation):
        return can_record_verdict(actor, evaluation, stage)
    if is_lead_unit_pic(actor, assessment, evaluation):
        if stage.stage is not Stage.SELF_ASSESSMENT:
            return refuse(INDEX_IN_SELF_ASSESSMENT)
        return _not_finished(evaluation)
    return refuse(ONLY_INDEX_RECORDERS)


def can_set_stage_windows(actor: Actor, evaluation: Evaluation) -> Decision:
    """The stage windows of one evaluation: its koordinator, until it is finished."""
    managed = can_manage_evaluation(actor, evaluation)
    if not managed:
        return managed
    return _not_finished(evaluation)


def can_set_national_windows(actor: Actor) -> Decision:
    """The national windows of a year, and copying them to every agency: the installation admin."""
    return ALLOWED if actor.is_admin else refuse(ONLY_ADMIN)
