"""Overdue follows the deadline and the clock, never the day the tests happen to run.

The cast's self-assessment deadline is 2026-12-15 and these tests run on the cast's day
(2026-11-02, ``tests/clock.py``) unless they move the clock themselves.
"""

import datetime

import pytest
from django.urls import reverse

from spbe.evaluations.summary import evaluation_summary
from spbe.organizations.actors import SYSTEM
from spbe.planning.models import Action
from tests.cast import PASSWORD, make_cast
from tests.evaluations.helpers import submit

pytestmark = pytest.mark.dates

DEADLINE = datetime.date(2026, 12, 15)
DAY_AFTER = datetime.datetime(2026, 12, 16, 9, 0, tzinfo=datetime.UTC)


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def overdue(summary):
    return {row.short_name: row.overdue for row in summary.units}


def test_before_the_deadline_no_unit_has_overdue_indicators(client, cast):
    response = login(client, cast.coordinator).get(reverse("dashboard", args=[cast.evaluation.pk]))
    assert response.status_code == 200
    assert overdue(response.context["summary"]) == {"Bappeda": 0, "Kominfo": 0}


def test_on_the_deadline_itself_nothing_is_overdue_yet(cast):
    assert cast.evaluation.self_assessment_deadline == DEADLINE
    summary = evaluation_summary(cast.evaluation, actor=SYSTEM, today=DEADLINE)
    assert overdue(summary) == {"Bappeda": 0, "Kominfo": 0}


def test_the_day_after_the_deadline_every_unsubmitted_indicator_is_overdue(cast):
    submit(cast, 1)
    day_after = DEADLINE + datetime.timedelta(days=1)
    summary = evaluation_summary(cast.evaluation, actor=SYSTEM, today=day_after)
    # Bappeda leads indicators 2 and 3; Kominfo the other 45, one of them submitted.
    assert overdue(summary) == {"Bappeda": 2, "Kominfo": 44}


def test_an_action_is_overdue_from_the_day_after_its_deadline(client, cast, time_machine):
    login(client, cast.coordinator).post(
        reverse("planning:create_actions", args=[cast.evaluation.pk]) + "?dasar=self&target=1.3"
    )
    assert set(Action.objects.values_list("deadline", flat=True)) == {DEADLINE}
    actions_url = reverse("planning:actions", args=[cast.evaluation.pk])
    assert "overdue-row" not in client.get(actions_url).content.decode()
    time_machine.move_to(DAY_AFTER)
    # The session of a month ago has expired; sign in again.
    assert "overdue-row" in login(client, cast.coordinator).get(actions_url).content.decode()


def test_a_pic_sees_the_overdue_badge_only_after_the_deadline(client, cast, time_machine):
    login(client, cast.pic)
    url = reverse("evaluations:mine")
    assert 'class="badge overdue"' not in client.get(url).content.decode()
    time_machine.move_to(DAY_AFTER)
    assert 'class="badge overdue"' in login(client, cast.pic).get(url).content.decode()


@pytest.mark.django_db
def test_the_cast_is_not_built_on_another_day(time_machine):
    time_machine.move_to(datetime.datetime(2027, 3, 1, 12, 0, tzinfo=datetime.UTC))
    with pytest.raises(RuntimeError, match="dates"):
        make_cast()
