"""Writes of planning: an evaluation's step costs (its koordinator only, valid files only) and
its action plan (made by the koordinator, kept up to date by each action's lead unit)."""

import datetime
import json
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.evidence.models import Document
from spbe.planning.models import Action, ActionStatus, PlanCosts
from spbe.planning.services import (
    action_evidence_link,
    action_update,
    actions_from_plan,
    actions_from_target,
    can_update_action,
    plan_costs_update,
)
from tests.cast import all_roles_but, make_cast
from tests.planning.builders import DEADLINE, action_of, actions_for, plan_for

pytestmark = pytest.mark.dates

NOT_THE_COORDINATOR = all_roles_but("coordinator")
# Action 1 is led by the PIC's unit.
NOT_THE_LEAD = all_roles_but("coordinator", "pic")
COSTS = {"7": {"2": 1, "3": 1, "4": 1, "5": 1}, "default": {"max": 4}}


def events(action: str) -> list[AuditEvent]:
    return list(AuditEvent.objects.filter(action=action))


# plan_costs_update


def test_the_coordinator_saves_the_step_costs_and_the_change_is_audited(cast):
    saved = plan_costs_update(
        actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, text=json.dumps(COSTS)
    )
    stored = PlanCosts.objects.get(evaluation=cast.evaluation)
    assert stored == saved
    assert (stored.costs, stored.updated_by) == (COSTS, cast.coordinator)
    [event] = events("plan.costs")
    assert (event.actor, event.agency, event.object_id) == (
        cast.coordinator,
        cast.agency,
        str(stored.pk),
    )
    assert event.data == {"before": {}, "after": COSTS}


def test_a_second_edit_replaces_the_first_and_the_trail_keeps_both(cast):
    actor = cast.actor(cast.coordinator)
    plan_costs_update(actor=actor, evaluation=cast.evaluation, text=json.dumps(COSTS))
    plan_costs_update(actor=actor, evaluation=cast.evaluation, text='{"9": {"2": 4}}')
    assert PlanCosts.objects.get(evaluation=cast.evaluation).costs == {"9": {"2": 4}}
    latest = events("plan.costs")[0]
    assert latest.data == {"before": COSTS, "after": {"9": {"2": 4}}}
    assert len(events("plan.costs")) == 2


def test_an_empty_costs_file_goes_back_to_the_librarys_defaults(cast):
    actor = cast.actor(cast.coordinator)
    plan_costs_update(actor=actor, evaluation=cast.evaluation, text=json.dumps(COSTS))
    plan_costs_update(actor=actor, evaluation=cast.evaluation, text="  \n")
    assert PlanCosts.objects.get(evaluation=cast.evaluation).costs == {}


@pytest.mark.parametrize("role", NOT_THE_COORDINATOR)
def test_only_the_agencys_coordinator_edits_step_costs(cast, role):
    with pytest.raises(PermissionDenied):
        plan_costs_update(
            actor=cast.actor(getattr(cast, role)), evaluation=cast.evaluation, text="{}"
        )
    assert not PlanCosts.objects.exists()
    assert events("plan.costs") == []


def test_invalid_json_is_refused_naming_the_line(cast):
    with pytest.raises(ActionRefused) as refused:
        plan_costs_update(
            actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, text='{\n"7": {2: 1}}'
        )
    assert refused.value.field == "costs"
    assert "2" in refused.value.message  # line 2
    assert not PlanCosts.objects.exists()


@pytest.mark.parametrize(
    "text",
    [
        '{"99": {"2": 1}}',  # no such indicator
        '{"7": {"3": -1}}',  # a negative cost
        '{"7": "murah"}',  # an entry that is not an object
        "[]",
        "null",
        "[1, 2]",
        "3",
        '"biaya"',
    ],
)
def test_a_costs_file_the_planner_cannot_use_is_refused_and_the_old_one_kept(cast, text):
    actor = cast.actor(cast.coordinator)
    plan_costs_update(actor=actor, evaluation=cast.evaluation, text=json.dumps(COSTS))
    with pytest.raises(ActionRefused) as refused:
        plan_costs_update(actor=actor, evaluation=cast.evaluation, text=text)
    assert refused.value.field == "costs"
    assert refused.value.message
    assert PlanCosts.objects.get(evaluation=cast.evaluation).costs == COSTS
    assert len(events("plan.costs")) == 1


# actions_from_plan


def test_each_step_of_the_plan_becomes_an_action_of_the_indicators_lead_unit(cast):
    plan = plan_for(cast.evaluation)
    created = actions_from_plan(
        actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, plan=plan, deadline=DEADLINE
    )
    assert [(a.indicator.number, a.from_value, a.to_level, a.cost) for a in created] == [
        (step.indicator, step.from_value, step.to_level, step.cost) for step in plan.steps
    ]
    assert {(a.deadline, a.status, a.created_by) for a in created} == {
        (DEADLINE, ActionStatus.PLANNED, cast.coordinator)
    }
    led = {a.indicator.number: a.lead_unit for a in created}
    assert (led[1], led[2], led[3]) == (cast.unit, cast.other_unit, cast.other_unit)


def test_the_indicators_supporting_units_contribute_to_its_action(cast):
    created = actions_for(cast)
    assert list(action_of(created, 2).contributing_units.all()) == [cast.unit]
    assert list(action_of(created, 1).contributing_units.all()) == []


def test_making_the_action_plan_is_audited_with_its_steps_and_target(cast):
    plan = plan_for(cast.evaluation)
    actions_from_plan(
        actor=cast.actor(cast.coordinator), evaluation=cast.evaluation, plan=plan, deadline=DEADLINE
    )
    [event] = events("plan.actions")
    assert (event.object_id, event.agency) == (str(cast.evaluation.pk), cast.agency)
    assert event.data["target"] == "1.3"
    assert event.data["steps"][0] == [plan.steps[0].indicator, str(plan.steps[0].from_value), 2]
    assert len(event.data["steps"]) == len(plan.steps)


@pytest.mark.parametrize("role", NOT_THE_COORDINATOR)
def test_only_the_coordinator_turns_a_plan_into_actions(cast, role):
    with pytest.raises(PermissionDenied):
        actions_from_plan(
            actor=cast.actor(getattr(cast, role)),
            evaluation=cast.evaluation,
            plan=plan_for(cast.evaluation),
            deadline=DEADLINE,
        )
    assert not Action.objects.exists()


def test_a_plan_without_steps_is_refused(cast):
    plan = plan_for(cast.evaluation, target="1")  # every indicator at 1: reached already
    assert plan.steps == ()
    with pytest.raises(ActionRefused):
        actions_from_plan(
            actor=cast.actor(cast.coordinator),
            evaluation=cast.evaluation,
            plan=plan,
            deadline=DEADLINE,
        )
    assert not Action.objects.exists()


def test_the_same_plan_twice_makes_no_duplicate_actions(cast):
    first = actions_for(cast)
    with pytest.raises(ActionRefused):
        actions_for(cast)
    assert Action.objects.count() == len(first)
    assert len(events("plan.actions")) == 1


def test_a_step_whose_action_is_done_or_cancelled_becomes_an_action_again(cast):
    first = actions_for(cast)
    Action.objects.filter(pk=action_of(first, 1).pk).update(status=ActionStatus.DONE)
    Action.objects.filter(pk=action_of(first, 2).pk).update(status=ActionStatus.CANCELLED)
    again = actions_for(cast)
    assert sorted(a.indicator.number for a in again) == [1, 2]


def test_a_plan_made_for_another_framework_is_refused(cast):
    pemdi = make_cast(framework="pemdi-2026", prefix="p-")
    with pytest.raises(ActionRefused):
        actions_from_plan(
            actor=cast.actor(cast.coordinator),
            evaluation=cast.evaluation,
            plan=plan_for(pemdi.evaluation, target="1.5"),
            deadline=DEADLINE,
        )
    assert not Action.objects.exists()


# can_update_action


@pytest.mark.parametrize(
    ("role", "number", "may"),
    [
        ("coordinator", 1, True),
        ("coordinator", 2, True),
        ("pic", 1, True),  # its unit leads indicator 1
        ("pic", 2, False),  # its unit only supports indicator 2
        ("other_pic", 2, True),
        ("other_pic", 1, False),
        ("internal_assessor", 1, False),
        ("leadership", 1, False),
        ("outsider", 1, False),
        ("external_assessor", 1, False),
        ("admin", 1, False),
    ],
)
def test_an_action_is_updated_by_its_lead_units_pic_or_the_coordinator(cast, role, number, may):
    action = action_of(actions_for(cast), number)
    assert bool(can_update_action(cast.actor(getattr(cast, role)), action)) is may


# action_update


def test_the_lead_units_pic_moves_its_action_along_and_the_change_is_audited(cast):
    action = action_of(actions_for(cast), 1)
    updated = action_update(
        actor=cast.actor(cast.pic), action=action, status=ActionStatus.IN_PROGRESS, note=" Draf "
    )
    assert (updated.status, updated.note, updated.deadline) == ("berjalan", "Draf", DEADLINE)
    action.refresh_from_db()
    assert (action.status, action.note) == (ActionStatus.IN_PROGRESS, "Draf")
    [event] = events("plan.action")
    assert (event.actor, event.object_id) == (cast.pic, str(action.pk))
    lead = {"lead_unit": cast.unit.pk}
    assert event.data == {
        "before": {"status": "direncanakan", "deadline": "2026-12-15", "note": "", **lead},
        "after": {"status": "berjalan", "deadline": "2026-12-15", "note": "Draf", **lead},
    }


def test_leaving_the_note_out_keeps_the_note(cast):
    action = action_of(actions_for(cast), 1)
    actor = cast.actor(cast.pic)
    action_update(actor=actor, action=action, status=ActionStatus.IN_PROGRESS, note="Draf")
    action_update(actor=actor, action=action, status=ActionStatus.DONE)
    action.refresh_from_db()
    assert (action.status, action.note) == (ActionStatus.DONE, "Draf")


def test_the_coordinator_moves_a_deadline(cast):
    action = action_of(actions_for(cast), 2)
    later = datetime.date(2027, 3, 31)
    action_update(
        actor=cast.actor(cast.coordinator), action=action, status=action.status, deadline=later
    )
    action.refresh_from_db()
    assert action.deadline == later


def test_a_pic_may_not_move_a_deadline_and_nothing_changes(cast):
    action = action_of(actions_for(cast), 1)
    with pytest.raises(PermissionDenied):
        action_update(
            actor=cast.actor(cast.pic),
            action=action,
            status=ActionStatus.DONE,
            deadline=datetime.date(2027, 3, 31),
        )
    action.refresh_from_db()
    assert (action.status, action.deadline) == (ActionStatus.PLANNED, DEADLINE)
    assert events("plan.action") == []


def test_a_pic_may_send_the_unchanged_deadline_back_with_its_form(cast):
    action = action_of(actions_for(cast), 1)
    action_update(
        actor=cast.actor(cast.pic), action=action, status=ActionStatus.DONE, deadline=DEADLINE
    )
    action.refresh_from_db()
    assert action.status == ActionStatus.DONE


@pytest.mark.parametrize("status", ["", "finished", "SELESAI", "dibatal"])
def test_an_unknown_status_is_refused_and_nothing_changes(cast, status):
    action = action_of(actions_for(cast), 1)
    with pytest.raises(ActionRefused) as refused:
        action_update(actor=cast.actor(cast.coordinator), action=action, status=status, note="x")
    assert refused.value.field == "status"
    action.refresh_from_db()
    assert (action.status, action.note) == (ActionStatus.PLANNED, "")
    assert events("plan.action") == []


@pytest.mark.parametrize("role", NOT_THE_LEAD)
def test_who_does_not_lead_the_action_may_not_update_it(cast, role):
    action = action_of(actions_for(cast), 1)
    with pytest.raises(PermissionDenied):
        action_update(actor=cast.actor(getattr(cast, role)), action=action, status="selesai")
    action.refresh_from_db()
    assert action.status == ActionStatus.PLANNED


def test_an_update_starts_from_the_saved_action_not_the_callers_copy(cast):
    action = action_of(actions_for(cast), 1)
    stale = Action.objects.get(pk=action.pk)
    action_update(actor=cast.actor(cast.pic), action=action, status="berjalan", note="Draf")
    action_update(actor=cast.actor(cast.pic), action=stale, status="selesai")
    before = events("plan.action")[0].data["before"]
    assert before["status"] == "berjalan"
    assert before["note"] == "Draf"


# action_evidence_link


def test_the_lead_unit_attaches_a_document_of_its_agency_as_proof_of_progress(cast):
    action = action_of(actions_for(cast), 1)
    document = Document.objects.create(agency=cast.agency, title="Laporan kemajuan")
    action_evidence_link(actor=cast.actor(cast.pic), action=action, document_id=document.pk)
    assert list(action.evidence.all()) == [document]
    [event] = events("plan.action_evidence")
    assert (event.object_id, event.data) == (str(action.pk), {"document": document.pk})


@pytest.mark.parametrize("which", ["another agency's", "missing"])
def test_only_a_document_of_the_agency_can_be_attached(cast, which):
    action = action_of(actions_for(cast), 1)
    foreign = Document.objects.create(agency=cast.other_agency, title="Laporan lain")
    document_id = foreign.pk if which == "another agency's" else 999_999
    with pytest.raises(ActionRefused) as refused:
        action_evidence_link(actor=cast.actor(cast.pic), action=action, document_id=document_id)
    assert refused.value.field == "document"
    assert not action.evidence.exists()
    assert events("plan.action_evidence") == []


@pytest.mark.parametrize("role", NOT_THE_LEAD)
def test_who_does_not_lead_the_action_may_not_attach_evidence(cast, role):
    action = action_of(actions_for(cast), 1)
    document = Document.objects.create(agency=cast.agency, title="Laporan kemajuan")
    with pytest.raises(PermissionDenied):
        action_evidence_link(
            actor=cast.actor(getattr(cast, role)), action=action, document_id=document.pk
        )
    assert not action.evidence.exists()


# actions_from_target


def test_the_plan_to_a_target_becomes_actions_for_the_indicators_asked(cast):
    created = actions_from_target(
        actor=cast.actor(cast.coordinator),
        evaluation=cast.evaluation,
        target=Decimal("3.0"),
        kind=None,
        deadline=DEADLINE,
        indicators={2, 1},
    )
    plan = plan_for(cast.evaluation, "3.0")
    wanted = [(s.indicator, s.from_value, s.to_level) for s in plan.steps if s.indicator < 3]
    assert [(a.indicator.number, a.from_value, a.to_level) for a in created] == wanted


def test_an_indicator_that_is_no_step_of_the_plan_refuses_the_lot(cast):
    with pytest.raises(ActionRefused) as refused:
        actions_from_target(
            actor=cast.actor(cast.coordinator),
            evaluation=cast.evaluation,
            target=Decimal("3.0"),
            kind=None,
            deadline=DEADLINE,
            indicators={1, 99},
        )
    assert refused.value.field == "indicators"
    assert not Action.objects.exists()


@pytest.mark.parametrize("role", NOT_THE_COORDINATOR)
def test_nobody_but_the_coordinator_makes_actions_from_a_target(cast, role):
    with pytest.raises(PermissionDenied):
        actions_from_target(
            actor=cast.actor(getattr(cast, role)),
            evaluation=cast.evaluation,
            target=Decimal("3.0"),
            kind=None,
            deadline=DEADLINE,
        )


# action_update: lead unit and version


def test_the_coordinator_hands_an_action_to_another_unit(cast):
    action = action_of(actions_for(cast), 1)
    moved = action_update(
        actor=cast.actor(cast.coordinator), action=action, lead_unit_id=cast.other_unit.pk
    )
    assert (moved.lead_unit_id, moved.version, moved.status) == (
        cast.other_unit.pk,
        2,
        ActionStatus.PLANNED,
    )
    [event] = events("plan.action")
    assert (event.data["before"]["lead_unit"], event.data["after"]["lead_unit"]) == (
        cast.unit.pk,
        cast.other_unit.pk,
    )


def test_the_lead_units_pic_does_not_hand_its_action_on(cast):
    action = action_of(actions_for(cast), 1)
    with pytest.raises(PermissionDenied):
        action_update(actor=cast.actor(cast.pic), action=action, lead_unit_id=cast.other_unit.pk)


def test_an_action_cannot_go_to_a_unit_of_another_agency(cast):
    action = action_of(actions_for(cast), 1)
    foreign = cast.other_agency.units.first()
    with pytest.raises(ActionRefused) as refused:
        action_update(actor=cast.actor(cast.coordinator), action=action, lead_unit_id=foreign.pk)
    assert refused.value.field == "lead_unit"


def test_a_change_based_on_an_older_version_of_the_action_is_refused(cast):
    action = action_of(actions_for(cast), 1)
    action_update(
        actor=cast.actor(cast.pic), action=action, status=ActionStatus.IN_PROGRESS, version=1
    )
    with pytest.raises(StaleVersion):
        action_update(
            actor=cast.actor(cast.coordinator), action=action, status=ActionStatus.DONE, version=1
        )
    action.refresh_from_db()
    assert (action.status, action.version) == (ActionStatus.IN_PROGRESS, 2)
