"""The Pemdi rules (``evaluations.item_policy``) one by one: who is allowed, in which stage, and the
reason each refusal gives. The stage is given to every rule, so the days are plain dates here and
no clock is moved; the services and pages that apply the rules are tested on their own.

In the cast, indicator 1 is led by the PIC's unit (Kominfo); indicator 2 is led by Bappeda, with
Kominfo supporting it.
"""

from __future__ import annotations

import pytest

from spbe.evaluations import item_policy as rules
from spbe.evaluations.models import Assessment, EvaluationItem, EvaluationState
from spbe.organizations.actors import SYSTEM
from spbe.schedule.stages import StageToday, stage_today
from tests.cast import allowed
from tests.evaluations.pemdi_helpers import (
    AFTER_STAGES,
    BEFORE_STAGES,
    DOCUMENTS_DAY,
    INTERVIEW_DAY,
    SELF_ASSESSMENT_DAY,
    WINDOWS,
)

pytestmark = pytest.mark.dates

DAYS = {
    "before": BEFORE_STAGES,
    "mandiri": SELF_ASSESSMENT_DAY,
    "dokumen": DOCUMENTS_DAY,
    "interviu": INTERVIEW_DAY,
    "after": AFTER_STAGES,
}


def on(day: str) -> StageToday:
    return stage_today(WINDOWS, DAYS[day])


def lead_item(cast, number: int = 1) -> tuple[EvaluationItem, Assessment]:
    assessment = Assessment.objects.select_related("indicator").get(
        evaluation=cast.evaluation, indicator__number=number
    )
    item = EvaluationItem.objects.filter(assessment=assessment).order_by("level", "position")[0]
    return item, assessment


def finish(cast) -> None:
    cast.evaluation.state = EvaluationState.FINISHED
    cast.evaluation.save(update_fields=["state"])


@pytest.fixture
def scene(pemdi_cast):
    pemdi_cast.evaluation.external_assessors.add(pemdi_cast.external_assessor)
    return pemdi_cast


# --- the item list -------------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["before", "mandiri"])
def test_only_the_koordinator_manages_the_items_until_the_document_stage(scene, day):
    assert allowed(scene, rules.can_manage_items, scene.evaluation, on(day)) == {"coordinator"}


@pytest.mark.parametrize("day", ["dokumen", "interviu", "after"])
def test_the_item_list_is_fixed_once_the_document_stage_has_begun(scene, day):
    refusal = rules.can_manage_items(scene.actor(scene.coordinator), scene.evaluation, on(day))
    assert not refusal and refusal.reason == rules.ITEMS_FIXED


def test_a_finished_evaluations_items_are_managed_by_nobody(scene):
    finish(scene)
    refusal = rules.can_manage_items(scene.actor(scene.coordinator), scene.evaluation, on("before"))
    assert refusal.reason == rules.FINISHED


def test_someone_else_than_the_koordinator_is_refused_for_the_workflows_reason(scene):
    refusal = rules.can_manage_items(scene.actor(scene.pic), scene.evaluation, on("mandiri"))
    assert not refusal and refusal.reason != rules.ITEMS_FIXED


# --- filling an item in --------------------------------------------------------------------------


def test_only_the_lead_units_pic_fills_an_item_in_during_the_mandiri(scene):
    item, assessment = lead_item(scene)
    assert allowed(
        scene, rules.can_edit_item, item, assessment, scene.evaluation, on("mandiri")
    ) == {"pic"}
    refusal = rules.can_edit_item(
        scene.actor(scene.coordinator), item, assessment, scene.evaluation, on("mandiri")
    )
    assert refusal.reason == rules.ONLY_LEAD_PIC


def test_a_supporting_units_pic_does_not_fill_in_the_lead_units_item(scene):
    item, assessment = lead_item(scene, number=2)
    assert allowed(
        scene, rules.can_edit_item, item, assessment, scene.evaluation, on("mandiri")
    ) == {"other_pic"}


@pytest.mark.parametrize("day", ["before", "dokumen", "interviu", "after"])
def test_outside_the_mandiri_an_item_is_not_filled_in(scene, day):
    item, assessment = lead_item(scene)
    refusal = rules.can_edit_item(
        scene.actor(scene.pic), item, assessment, scene.evaluation, on(day)
    )
    assert refusal.reason == rules.NOT_IN_SELF_ASSESSMENT


@pytest.mark.parametrize("status", ["belum", "draf", "diajukan", "revisi"])
def test_an_item_stays_open_to_its_pic_in_every_status_but_accepted(scene, status):
    item, assessment = lead_item(scene)
    item.status = status
    assert rules.can_edit_item(
        scene.actor(scene.pic), item, assessment, scene.evaluation, on("mandiri")
    )


def test_an_accepted_item_is_closed_and_a_retired_one_is_named_as_retired(scene):
    item, assessment = lead_item(scene)
    pic = scene.actor(scene.pic)
    item.status = "diterima"
    refusal = rules.can_edit_item(pic, item, assessment, scene.evaluation, on("mandiri"))
    assert refusal.reason == rules.ITEM_CLOSED
    item.status, item.retired = "draf", True
    refusal = rules.can_edit_item(pic, item, assessment, scene.evaluation, on("mandiri"))
    assert refusal.reason == rules.ITEM_RETIRED


def test_a_finished_evaluations_item_is_not_filled_in_even_on_a_mandiri_day(scene):
    item, assessment = lead_item(scene)
    finish(scene)
    refusal = rules.can_edit_item(
        scene.actor(scene.pic), item, assessment, scene.evaluation, on("mandiri")
    )
    assert refusal.reason == rules.FINISHED


# --- answering a revisi --------------------------------------------------------------------------


def revision(scene) -> tuple[EvaluationItem, Assessment]:
    item, assessment = lead_item(scene)
    item.status = "revisi"
    return item, assessment


def test_the_koordinator_and_the_lead_pic_answer_a_revisi_in_the_interview(scene):
    item, assessment = revision(scene)
    assert allowed(
        scene, rules.can_answer_revision, item, assessment, scene.evaluation, on("interviu")
    ) == {"coordinator", "pic"}
    refusal = rules.can_answer_revision(
        scene.actor(scene.other_pic), item, assessment, scene.evaluation, on("interviu")
    )
    assert refusal.reason == rules.ONLY_COORDINATOR_OR_LEAD


@pytest.mark.parametrize("day", ["before", "mandiri", "dokumen", "after"])
def test_a_revisi_is_answered_in_the_interview_only(scene, day):
    item, assessment = revision(scene)
    refusal = rules.can_answer_revision(
        scene.actor(scene.pic), item, assessment, scene.evaluation, on(day)
    )
    assert refusal.reason == rules.ONLY_IN_INTERVIEW


@pytest.mark.parametrize("status", ["belum", "draf", "diajukan", "diterima"])
def test_only_an_item_in_revisi_is_answered(scene, status):
    item, assessment = revision(scene)
    item.status = status
    refusal = rules.can_answer_revision(
        scene.actor(scene.pic), item, assessment, scene.evaluation, on("interviu")
    )
    assert refusal.reason == rules.NOT_IN_REVISION


def test_a_retired_revisi_or_a_finished_evaluation_is_not_answered(scene):
    item, assessment = revision(scene)
    coordinator = scene.actor(scene.coordinator)
    item.retired = True
    refusal = rules.can_answer_revision(
        coordinator, item, assessment, scene.evaluation, on("interviu")
    )
    assert refusal.reason == rules.ITEM_RETIRED
    item.retired = False
    finish(scene)
    refusal = rules.can_answer_revision(
        coordinator, item, assessment, scene.evaluation, on("interviu")
    )
    assert refusal.reason == rules.FINISHED


# --- evidence for an item ------------------------------------------------------------------------


def evidence_makers(scene, item, assessment, day: str) -> set[str]:
    supporting = set(assessment.supporting_units.values_list("pk", flat=True))
    return allowed(
        scene,
        lambda actor: rules.can_add_item_evidence(
            actor, item, assessment, scene.evaluation, on(day), supporting_unit_ids=supporting
        ),
    )


def test_in_the_mandiri_the_lead_and_the_supporting_units_pics_add_evidence(scene):
    item, assessment = lead_item(scene, number=2)
    assert evidence_makers(scene, item, assessment, "mandiri") == {"pic", "other_pic"}


def test_in_the_interview_evidence_comes_with_the_answer_to_a_revisi(scene):
    item, assessment = revision(scene)
    assert evidence_makers(scene, item, assessment, "interviu") == {"coordinator", "pic"}
    item.status = "diajukan"
    assert evidence_makers(scene, item, assessment, "interviu") == set()


def test_a_supporting_pic_is_refused_on_an_accepted_item_for_that_reason(scene):
    item, assessment = lead_item(scene, number=2)
    item.status = "diterima"
    refusal = rules.can_add_item_evidence(
        scene.actor(scene.pic),
        item,
        assessment,
        scene.evaluation,
        on("mandiri"),
        supporting_unit_ids={scene.unit.pk},
    )
    assert refusal.reason == rules.ITEM_CLOSED


@pytest.mark.parametrize("day", ["before", "dokumen", "after"])
def test_between_the_stages_nobody_adds_evidence_to_an_item(scene, day):
    item, assessment = lead_item(scene)
    assert evidence_makers(scene, item, assessment, day) == set()
    refusal = rules.can_add_item_evidence(
        scene.actor(scene.pic),
        item,
        assessment,
        scene.evaluation,
        on(day),
        supporting_unit_ids=set(),
    )
    assert refusal.reason == rules.ONLY_ITEM_EVIDENCE_MAKERS


# --- the assessors' verdicts and results ---------------------------------------------------------


@pytest.mark.parametrize("day", ["dokumen", "interviu"])
def test_only_the_assigned_assessor_records_verdicts_in_the_document_and_interview(scene, day):
    assert allowed(scene, rules.can_record_verdict, scene.evaluation, on(day)) == {
        "external_assessor"
    }
    refusal = rules.can_record_verdict(
        scene.actor(scene.unassigned_assessor), scene.evaluation, on(day)
    )
    assert refusal.reason == rules.ONLY_ASSIGNED_ASSESSOR


@pytest.mark.parametrize("day", ["before", "mandiri", "after"])
def test_outside_those_stages_the_assessor_records_no_verdict(scene, day):
    refusal = rules.can_record_verdict(
        scene.actor(scene.external_assessor), scene.evaluation, on(day)
    )
    assert refusal.reason == rules.NOT_ASSESSOR_STAGE


def test_an_assessor_who_is_not_assigned_any_more_is_refused(scene):
    scene.evaluation.external_assessors.remove(scene.external_assessor)
    assert not rules.is_assigned_assessor(scene.actor(scene.external_assessor), scene.evaluation)
    refusal = rules.can_record_verdict(
        scene.actor(scene.external_assessor), scene.evaluation, on("dokumen")
    )
    assert refusal.reason == rules.ONLY_ASSIGNED_ASSESSOR


@pytest.mark.parametrize("day", ["dokumen", "interviu", "after"])
def test_results_are_imported_by_the_koordinator_the_assessor_or_the_system(scene, day):
    assert allowed(scene, rules.can_import_results, scene.evaluation, on(day)) == {
        "coordinator",
        "external_assessor",
    }
    assert rules.can_import_results(SYSTEM, scene.evaluation, on(day))


@pytest.mark.parametrize("day", ["before", "mandiri"])
def test_results_are_not_imported_before_the_document_stage(scene, day):
    refusal = rules.can_import_results(SYSTEM, scene.evaluation, on(day))
    assert refusal.reason == rules.RESULTS_NOT_YET
    refusal = rules.can_import_results(scene.actor(scene.pic), scene.evaluation, on("dokumen"))
    assert refusal.reason == rules.ONLY_COORDINATOR_OR_ASSESSOR


def test_a_finished_evaluation_takes_no_more_results(scene):
    finish(scene)
    refusal = rules.can_import_results(SYSTEM, scene.evaluation, on("after"))
    assert refusal.reason == rules.FINISHED


# --- external index values -----------------------------------------------------------------------


def index_recorders(scene, day: str) -> set[str]:
    _item, assessment = lead_item(scene)
    return allowed(scene, rules.can_enter_external_index, assessment, scene.evaluation, on(day))


def test_in_the_mandiri_the_lead_pic_and_the_koordinator_record_an_index(scene):
    assert index_recorders(scene, "mandiri") == {"coordinator", "pic"}


@pytest.mark.parametrize("day", ["dokumen", "interviu"])
def test_in_the_assessors_stages_the_koordinator_and_the_assessor_correct_it(scene, day):
    assert index_recorders(scene, day) == {"coordinator", "external_assessor"}
    _item, assessment = lead_item(scene)
    refusal = rules.can_enter_external_index(
        scene.actor(scene.pic), assessment, scene.evaluation, on(day)
    )
    assert refusal.reason == rules.INDEX_IN_SELF_ASSESSMENT


def test_after_the_stages_only_the_koordinator_corrects_an_index_until_the_end(scene):
    assert index_recorders(scene, "after") == {"coordinator"}
    finish(scene)
    assert index_recorders(scene, "after") == set()


def test_a_pic_of_another_unit_records_no_index_for_an_indicator_it_does_not_lead(scene):
    _item, assessment = lead_item(scene)
    refusal = rules.can_enter_external_index(
        scene.actor(scene.other_pic), assessment, scene.evaluation, on("mandiri")
    )
    assert refusal.reason == rules.ONLY_INDEX_RECORDERS


# --- stage windows -------------------------------------------------------------------------------


def test_the_koordinator_sets_the_windows_until_the_evaluation_is_finished(scene):
    assert allowed(scene, rules.can_set_stage_windows, scene.evaluation) == {"coordinator"}
    finish(scene)
    refusal = rules.can_set_stage_windows(scene.actor(scene.coordinator), scene.evaluation)
    assert refusal.reason == rules.FINISHED


def test_only_the_installation_admin_sets_the_national_windows(scene):
    assert allowed(scene, rules.can_set_national_windows) == {"admin"}
    refusal = rules.can_set_national_windows(scene.actor(scene.coordinator))
    assert refusal.reason == rules.ONLY_ADMIN
