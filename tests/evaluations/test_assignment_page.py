"""The assignment table's supporting units: a checkbox list in a popover with the chosen units
as chips, saved through the one service with each changed row's version, and audited."""

import re

import pytest
from django.urls import reverse

from spbe.audit.models import AuditEvent
from spbe.evaluations.models import Assessment
from tests.cast import PASSWORD, make_cast

pytestmark = pytest.mark.dates


@pytest.fixture
def cast(db):
    return make_cast()


def signed_in(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def assign_events(cast, number):
    """The audit entries of indicator ``number``'s assignment, the cast's own first one left out."""
    target = str(assessment(cast, number).pk)
    return list(
        AuditEvent.objects.filter(action="assessment.assign", object_id=target).order_by("pk")
    )[1:]


def assessment(cast, number):
    return Assessment.objects.get(evaluation=cast.evaluation, indicator__number=number)


def row(cast, number, *, lead, supporting, version=None):
    """The fields one row of the table sends."""
    current = assessment(cast, number)
    return {
        f"lead_{number}": str(lead.pk),
        f"support_{number}": [str(unit.pk) for unit in supporting],
        f"version_{number}": str(current.version if version is None else version),
    }


def test_the_chosen_supporting_units_show_as_chips_above_their_checkboxes(client, cast):
    page = signed_in(client, cast.coordinator).get(
        reverse("evaluations:assignments", args=[cast.evaluation.pk])
    )
    picker = re.search(r'<details class="unit-picker" id="support-2".*?</details>', page.text, re.S)
    assert picker, "indicator 2 has no supporting units picker"
    summary = re.search(r"<summary>(.*?)</summary>", picker.group(0), re.S).group(1)
    assert f'<span class="chip">{cast.unit.short_name}</span>' in summary
    assert cast.other_unit.short_name not in summary
    checked = re.findall(r'name="support_2" value="(\d+)" checked', picker.group(0))
    assert checked == [str(cast.unit.pk)]
    assert len(re.findall(r'type="checkbox" name="support_2"', picker.group(0))) == 2


def test_ticked_boxes_become_the_supporting_units_and_the_change_is_audited(client, cast):
    form = row(cast, 1, lead=cast.unit, supporting=[cast.other_unit])
    response = signed_in(client, cast.coordinator).post(
        reverse("evaluations:assignments", args=[cast.evaluation.pk]), form
    )
    assert response.status_code == 302
    assert list(assessment(cast, 1).supporting_units.all()) == [cast.other_unit]
    [event] = assign_events(cast, 1)
    assert event.data["supporting_units"] == [cast.other_unit.pk]


def test_a_row_changed_by_someone_else_since_the_page_was_drawn_is_refused_with_409(client, cast):
    stale = assessment(cast, 1).version
    Assessment.objects.filter(pk=assessment(cast, 1).pk).update(version=stale + 1)
    form = row(cast, 1, lead=cast.unit, supporting=[cast.other_unit], version=stale)
    response = signed_in(client, cast.coordinator).post(
        reverse("evaluations:assignments", args=[cast.evaluation.pk]), form
    )
    assert response.status_code == 409
    assert not assessment(cast, 1).supporting_units.exists()
    assert assign_events(cast, 1) == []


def test_a_claim_saved_meanwhile_on_a_row_left_alone_does_not_refuse_the_table(client, cast):
    two = assessment(cast, 2)
    Assessment.objects.filter(pk=two.pk).update(version=two.version + 1)
    form = {
        **row(cast, 1, lead=cast.unit, supporting=[cast.other_unit]),
        **row(cast, 2, lead=cast.other_unit, supporting=[cast.unit], version=two.version),
    }
    response = signed_in(client, cast.coordinator).post(
        reverse("evaluations:assignments", args=[cast.evaluation.pk]), form
    )
    assert response.status_code == 302
    assert list(assessment(cast, 1).supporting_units.all()) == [cast.other_unit]
