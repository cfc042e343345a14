"""Handing work over: what moves, what stays, who is told, and the refusals that change nothing."""

from __future__ import annotations

from unittest import mock

import pytest
from django.utils.translation import gettext

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused, NotAllowed, StaleVersion
from spbe.evaluations.models import Assessment
from spbe.notifications.models import Notification
from spbe.organizations.models import Membership, Role, Unit
from spbe.planning import handover_wording as wording
from spbe.planning.handover import (
    unit_handover,
    unit_handover_preview,
    user_handover,
    user_handover_preview,
)
from spbe.planning.models import Action
from tests.cast import make_user
from tests.planning.handover_scene import build_scene

pytestmark = pytest.mark.dates


@pytest.fixture
def scene(cast):
    return build_scene(cast)


def snapshot(cast):
    """Everything a hand-over may change, to compare before and after a refusal."""
    return (
        sorted(
            (a.pk, a.lead_unit_id, tuple(sorted(u.pk for u in a.supporting_units.all())))
            for a in Assessment.objects.prefetch_related("supporting_units")
        ),
        sorted(
            (a.pk, a.lead_unit_id, tuple(sorted(u.pk for u in a.contributing_units.all())))
            for a in Action.objects.prefetch_related("contributing_units")
        ),
        sorted((m.user_id, m.unit_id, tuple(m.roles)) for m in Membership.objects.all()),
        AuditEvent.objects.count(),
        Notification.objects.count(),
    )


def test_the_preview_counts_the_open_work_of_the_unit(scene):
    cast = scene.cast
    preview = unit_handover_preview(
        actor=cast.actor(cast.coordinator), source=cast.unit, target=cast.other_unit
    )
    indicators = cast.evaluation.assessments.count()
    # Every indicator but 3 (led by Bappeda) of the open evaluation; the finished one stays.
    assert preview.counts == (indicators - 1, 2, 2)
    assert preview.summary == wording.counts(assignments=indicators - 1, actions=2, items=2)


def test_it_moves_the_open_work_of_a_unit_and_leaves_the_finished_work(scene):
    cast = scene.cast
    done = unit_handover(
        actor=cast.actor(cast.coordinator), source=cast.unit, target=cast.other_unit
    )
    evaluation = cast.evaluation
    assert not evaluation.assessments.filter(lead_unit=cast.unit).exists()
    assert not evaluation.assessments.filter(supporting_units=cast.unit).exists()
    second = evaluation.assessments.get(indicator__number=2)
    # Bappeda led indicator 2 with Kominfo's support: it does not support itself now.
    assert second.lead_unit == cast.other_unit and not second.supporting_units.exists()
    assert scene.finished.assessments.get().lead_unit == cast.unit
    for action in (scene.open_action, scene.contributed_action):
        action.refresh_from_db()
    assert scene.open_action.lead_unit == cast.other_unit
    assert list(scene.contributed_action.contributing_units.all()) == []
    for kept in (scene.done_action, scene.cancelled_action):
        kept.refresh_from_db()
        assert kept.lead_unit == cast.unit
    assert done.counts[1:] == (2, 2)


def test_a_moved_indicator_has_a_new_version(scene):
    cast = scene.cast
    first = cast.evaluation.assessments.get(indicator__number=1)
    unit_handover(actor=cast.actor(cast.coordinator), source=cast.unit, target=cast.other_unit)
    first_after = Assessment.objects.get(pk=first.pk)
    assert first_after.version == first.version + 1
    assert first_after.updated_by == cast.coordinator


def test_it_records_the_hand_over_in_the_audit_log(scene):
    cast = scene.cast
    unit_handover(actor=cast.actor(cast.coordinator), source=cast.unit, target=cast.other_unit)
    event = AuditEvent.objects.get(action="handover.unit")
    assert event.actor == cast.coordinator and event.agency == cast.agency
    assert event.data["from_unit"] == cast.unit.pk and event.data["to_unit"] == cast.other_unit.pk
    assert sorted(event.data["actions"]) == sorted(
        [scene.open_action.pk, scene.contributed_action.pk]
    )


def test_it_tells_the_pics_of_both_units_once_each_and_nobody_else(scene):
    cast = scene.cast
    unit_handover(actor=cast.actor(cast.admin), source=cast.unit, target=cast.other_unit)
    told = Notification.objects.filter(kind=wording.WORK_HANDED_OVER)
    assert sorted(n.recipient.username for n in told) == sorted(
        [cast.pic.username, cast.other_pic.username]
    )
    assert all(n.link.endswith(f"/instansi/{cast.agency.slug}/sesi-meja/") for n in told)
    # The coordinator belongs to Kominfo too, but as coordinator, not as its PIC.
    assert not Notification.objects.filter(recipient=cast.coordinator).exists()


@pytest.mark.parametrize(
    "who", ["pic", "other_pic", "internal_assessor", "leadership", "outsider", "external_assessor"]
)
def test_only_the_coordinator_or_the_admin_hands_work_over(scene, who):
    cast = scene.cast
    before = snapshot(cast)
    with pytest.raises(NotAllowed):
        unit_handover(
            actor=cast.actor(getattr(cast, who)), source=cast.unit, target=cast.other_unit
        )
    assert snapshot(cast) == before


def test_it_refuses_a_unit_of_another_agency_and_changes_nothing(scene):
    cast = scene.cast
    foreign = Unit.objects.get(agency=cast.other_agency)
    before = snapshot(cast)
    with pytest.raises(ActionRefused) as refused:
        unit_handover(actor=cast.actor(cast.admin), source=cast.unit, target=foreign)
    assert refused.value.message == gettext("Work is handed over only within one agency.")
    assert snapshot(cast) == before


def test_it_refuses_the_same_unit_and_changes_nothing(scene):
    cast = scene.cast
    before = snapshot(cast)
    with pytest.raises(ActionRefused) as refused:
        unit_handover(actor=cast.actor(cast.coordinator), source=cast.unit, target=cast.unit)
    assert refused.value.message == wording.same_unit()
    assert snapshot(cast) == before


def test_it_refuses_when_the_work_changed_since_the_preview(scene):
    cast = scene.cast
    actor = cast.actor(cast.coordinator)
    preview = unit_handover_preview(actor=actor, source=cast.unit, target=cast.other_unit)
    scene.done_action.status = "berjalan"
    scene.done_action.save()
    before = snapshot(cast)
    with pytest.raises(StaleVersion):
        unit_handover(
            actor=actor, source=cast.unit, target=cast.other_unit, expected=preview.counts
        )
    assert snapshot(cast) == before


def test_a_failure_in_the_middle_leaves_everything_as_it_was(scene):
    cast = scene.cast
    before = snapshot(cast)
    with (
        mock.patch(
            "spbe.planning.handover.notify_in_their_language", side_effect=RuntimeError("boom")
        ),
        pytest.raises(RuntimeError),
    ):
        unit_handover(actor=cast.actor(cast.coordinator), source=cast.unit, target=cast.other_unit)
    assert snapshot(cast) == before


# ------------------------------------------------------------------------------ user → user


def test_the_new_user_takes_the_pic_role_and_the_old_one_loses_it(scene):
    cast = scene.cast
    newcomer = make_user("pic-baru", cast.agency, None)
    done = user_handover(actor=cast.actor(cast.coordinator), source=cast.pic, target=newcomer)
    old, new = Membership.objects.get(user=cast.pic), Membership.objects.get(user=newcomer)
    assert (new.unit, new.roles) == (cast.unit, [Role.UNIT_PIC.value])
    assert (old.unit, old.roles) == (None, [])
    # The work stays with the unit; the new user answers for it.
    assert cast.evaluation.assessments.get(indicator__number=1).lead_unit == cast.unit
    assert done.counts == (cast.evaluation.assessments.count() - 1, 2, 2)


def test_the_user_hand_over_is_audited_as_permission_changes(scene):
    cast = scene.cast
    newcomer = make_user("pic-baru", cast.agency, None)
    user_handover(actor=cast.actor(cast.admin), source=cast.pic, target=newcomer)
    changes = AuditEvent.objects.filter(action="membership.change", actor=cast.admin)
    assert {
        event.data["roles_before"][0] if event.data["roles_before"] else None for event in changes
    } == {Role.UNIT_PIC.value, None}
    assert AuditEvent.objects.filter(action="handover.user").count() == 1


def test_the_old_and_the_new_user_are_told_once_each(scene):
    cast = scene.cast
    newcomer = make_user("pic-baru", cast.agency, None)
    user_handover(actor=cast.actor(cast.coordinator), source=cast.pic, target=newcomer)
    told = Notification.objects.filter(kind=wording.WORK_HANDED_OVER)
    assert sorted(n.recipient_id for n in told) == sorted([cast.pic.pk, newcomer.pk])


def test_it_refuses_an_inactive_user_and_changes_nothing(scene):
    cast = scene.cast
    newcomer = make_user("pic-baru", cast.agency, None)
    newcomer.is_active = False
    newcomer.save()
    before = snapshot(cast)
    with pytest.raises(ActionRefused) as refused:
        user_handover(actor=cast.actor(cast.coordinator), source=cast.pic, target=newcomer)
    assert refused.value.message == wording.inactive_user()
    assert snapshot(cast) == before


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("pic", wording.same_user),
        ("outsider", wording.other_agency),
        ("external_assessor", wording.other_agency),
    ],
)
def test_it_refuses_the_same_user_or_one_of_another_agency(scene, target, message):
    cast = scene.cast
    before = snapshot(cast)
    with pytest.raises(ActionRefused) as refused:
        user_handover(
            actor=cast.actor(cast.coordinator), source=cast.pic, target=getattr(cast, target)
        )
    assert refused.value.message == message()
    assert snapshot(cast) == before


def test_it_refuses_a_user_who_already_belongs_to_another_unit(scene):
    cast = scene.cast
    before = snapshot(cast)
    with pytest.raises(ActionRefused) as refused:
        user_handover_preview(
            actor=cast.actor(cast.coordinator), source=cast.pic, target=cast.other_pic
        )
    assert refused.value.message == wording.already_in_a_unit(str(cast.other_unit))
    assert snapshot(cast) == before


def test_it_refuses_a_user_who_is_no_pic(scene):
    cast = scene.cast
    newcomer = make_user("pic-baru", cast.agency, None)
    with pytest.raises(ActionRefused) as refused:
        user_handover(actor=cast.actor(cast.coordinator), source=cast.leadership, target=newcomer)
    assert refused.value.message == wording.not_a_pic()


def test_a_failure_in_the_middle_of_a_user_hand_over_changes_nothing(scene):
    cast = scene.cast
    newcomer = make_user("pic-baru", cast.agency, None)
    before = snapshot(cast)
    with (
        mock.patch(
            "spbe.planning.handover.notify_in_their_language", side_effect=RuntimeError("boom")
        ),
        pytest.raises(RuntimeError),
    ):
        user_handover(actor=cast.actor(cast.coordinator), source=cast.pic, target=newcomer)
    assert snapshot(cast) == before
