"""``remind_due``: one message per person, each deadline and threshold once, only open work."""

import datetime
from decimal import Decimal

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from django.utils.translation import gettext, ngettext

from spbe.evaluations.models import AssessmentState
from spbe.notifications.models import Channel, ChannelPreference, Delivery, Mode, Notification
from spbe.notifications.sender import send_due
from spbe.notifications.services import notify
from spbe.notify_rules import JAKARTA
from spbe.planning.models import Action, ActionStatus
from spbe.reminders.models import Reminder
from spbe.reminders.services import remind_due
from spbe.reminders.wording import REMINDERS_DUE

pytestmark = [pytest.mark.django_db, pytest.mark.dates]

# The cast's self-assessment closes on 2026-12-15.
WEEK_BEFORE = datetime.date(2026, 12, 8)
DAY_BEFORE = datetime.date(2026, 12, 14)
DAY_AFTER = datetime.date(2026, 12, 16)


def at(day, hour=10):
    return time_machine.travel(
        datetime.datetime.combine(day, datetime.time(hour), tzinfo=JAKARTA), tick=False
    )


def run(day):
    with at(day):
        return remind_due(today=day)


def reminders_of(user):
    return list(Notification.objects.filter(recipient=user, kind=REMINDERS_DUE).order_by("pk"))


def with_email(*users):
    for user in users:
        user.email = f"{user.username}@pematangsiantar.example"
        user.save(update_fields=["email"])


def an_action(cast, *, deadline, unit=None, status=ActionStatus.PLANNED):
    assessment = cast.evaluation.assessments.select_related("indicator").first()
    return Action.objects.create(
        evaluation=cast.evaluation,
        indicator=assessment.indicator,
        from_value=Decimal("1.00"),
        to_level=3,
        cost=Decimal("1.00"),
        lead_unit=unit,
        deadline=deadline,
        status=status,
    )


def test_the_week_day_and_overdue_reminders_are_queued_once_each(cast):
    with_email(cast.pic)
    for day in (WEEK_BEFORE, WEEK_BEFORE, datetime.date(2026, 12, 10), DAY_BEFORE, DAY_AFTER):
        run(day)
    assert len(reminders_of(cast.pic)) == 3
    assert Delivery.objects.filter(notification__recipient=cast.pic).count() == 3
    assert set(Reminder.objects.filter(recipient=cast.pic).values_list("threshold", flat=True)) == {
        "7-hari",
        "1-hari",
        "lewat",
    }


def test_a_second_run_the_same_day_queues_nothing(cast):
    first = run(WEEK_BEFORE)
    second = run(WEEK_BEFORE)
    assert first.people == 2  # the PICs of the two units that hold indicators
    assert second.people == 0 and second.items == 0 and second.already == 2
    assert Notification.objects.filter(kind=REMINDERS_DUE).count() == 2


def test_only_the_units_with_open_work_are_reminded(cast):
    cast.evaluation.assessments.filter(lead_unit=cast.unit).update(state=AssessmentState.SUBMITTED)
    run(WEEK_BEFORE)
    assert reminders_of(cast.pic) == []
    assert len(reminders_of(cast.other_pic)) == 1
    # Nobody outside the units' PICs hears of the self-assessment; the submitted indicators
    # wait for the reviewers, whose deadline (2027-01-15) is still far.
    for user in cast.everyone_but(cast.pic, cast.other_pic):
        assert reminders_of(user) == []


def test_the_reviewers_are_reminded_while_submitted_indicators_wait(cast):
    cast.evaluation.assessments.filter(lead_unit=cast.unit).update(state=AssessmentState.SUBMITTED)
    run(datetime.date(2027, 1, 14))
    assert len(reminders_of(cast.coordinator)) == 1
    assert len(reminders_of(cast.internal_assessor)) == 1
    assert reminders_of(cast.leadership) == [] and reminders_of(cast.outsider) == []


def test_one_message_lists_everything_due_for_a_person(cast):
    action = an_action(cast, deadline=datetime.date(2026, 12, 10), unit=cast.unit)
    run(WEEK_BEFORE)
    (message,) = reminders_of(cast.pic)
    assert message.title == ngettext(
        "Reminder: %(count)d deadline is near", "Reminder: %(count)d deadlines are near", 2
    ) % {"count": 2}
    assert action.indicator.code in message.body
    assert (
        "/evaluasi/saya/" in message.body
        and f"/evaluasi/{cast.evaluation.pk}/aksi/" in message.body
    )
    assert message.link == "/"
    assert message.agency_id == cast.agency.pk


def test_an_action_goes_to_its_lead_units_pics_only(cast):
    an_action(cast, deadline=datetime.date(2026, 11, 3), unit=cast.other_unit)
    run(datetime.date(2026, 11, 2))
    (message,) = reminders_of(cast.other_pic)
    assert message.link == f"/evaluasi/{cast.evaluation.pk}/aksi/"
    for user in cast.everyone_but(cast.other_pic):
        assert reminders_of(user) == []


def test_an_action_without_a_lead_unit_goes_to_the_coordinator(cast):
    an_action(cast, deadline=datetime.date(2026, 11, 1))
    run(datetime.date(2026, 11, 2))
    assert len(reminders_of(cast.coordinator)) == 1
    assert reminders_of(cast.pic) == []


def test_finished_actions_are_not_reminded(cast):
    for status in (ActionStatus.DONE, ActionStatus.CANCELLED):
        an_action(cast, deadline=datetime.date(2026, 11, 3), unit=cast.unit, status=status)
    run(datetime.date(2026, 11, 2))
    assert reminders_of(cast.pic) == []


def test_a_moved_deadline_is_reminded_again(cast):
    action = an_action(cast, deadline=datetime.date(2026, 11, 3), unit=cast.unit)
    run(datetime.date(2026, 11, 2))
    action.deadline = datetime.date(2026, 11, 4)
    action.save(update_fields=["deadline"])
    run(datetime.date(2026, 11, 2))
    assert len(reminders_of(cast.pic)) == 2


def test_with_a_digest_the_reminder_waits_for_the_hour_and_goes_with_the_rest(cast, mailoutbox):
    with_email(cast.pic)
    ChannelPreference.objects.create(
        user=cast.pic, channel=Channel.EMAIL, mode=Mode.DIGEST, digest_hour=7
    )
    run(WEEK_BEFORE)
    with at(WEEK_BEFORE, 11):
        notify(recipients=[cast.pic], kind="claim-returned", title="Indikator 1", link="/")
        send_due()
    assert mailoutbox == []
    with at(WEEK_BEFORE + datetime.timedelta(days=1), 7):
        send_due()
    assert len(mailoutbox) == 1
    assert Delivery.objects.filter(notification__recipient=cast.pic, status="sent").count() == 2


def test_the_command_reminds_for_the_day_given_and_refuses_a_bad_one(cast, capsys):
    with at(WEEK_BEFORE):
        call_command("notify", "due", "--today", "2026-12-08")
        call_command("notify", "due", "--today", "2026-12-08")
    assert Notification.objects.filter(kind=REMINDERS_DUE).count() == 2
    assert "2026-12-08" in capsys.readouterr().out
    for bad in ("8-12-2026", "2026-13-01", "2026-1-8"):
        # The refusal shows the format by an example day, in either language.
        with pytest.raises(CommandError, match="2026-12-08"):
            call_command("notify", "due", "--today", bad)


def test_without_a_day_the_command_uses_the_date_in_jakarta(cast):
    # 23:30 UTC on 7 December is already 8 December in Jakarta: a week before the deadline.
    moment = datetime.datetime(2026, 12, 7, 23, 30, tzinfo=datetime.UTC)
    with time_machine.travel(moment, tick=False):
        call_command("notify", "due")
    assert set(Reminder.objects.values_list("day", flat=True)) == {WEEK_BEFORE}


def test_the_task_queues_the_days_reminders(cast):
    from spbe.reminders.tasks import queue_reminders

    with at(WEEK_BEFORE):
        queue_reminders.call()
    assert Notification.objects.filter(kind=REMINDERS_DUE).count() == 2


def test_a_pemdi_evaluation_is_reminded_of_its_penilaian_mandiri_window(pemdi):
    # The 2026 Penilaian Mandiri window ends on 30 June, long before the deadline field.
    run(datetime.date(2026, 6, 29))
    (message,) = reminders_of(pemdi.pic)
    assert "30" in message.body
    assert Reminder.objects.get(recipient=pemdi.pic).subject.endswith(":2026-06-30")
    run(WEEK_BEFORE)
    assert len(reminders_of(pemdi.pic)) == 1  # the field's date counts no more


def test_each_person_is_reminded_in_the_language_they_chose(cast, settings):
    settings.LANGUAGE_CODE = "id"
    cast.pic.language = "en"
    cast.pic.save(update_fields=["language"])
    run(WEEK_BEFORE)
    titles = {}
    for language in ("en", "id"):
        with translation.override(language):
            titles[language] = ngettext(
                "Reminder: %(count)d deadline is near",
                "Reminder: %(count)d deadlines are near",
                1,
            ) % {"count": 1}
            line = gettext("Self-assessment %(year)s: %(count)d indicators still with your unit")
            titles[language + "-line"] = line.split("%")[0]
    assert titles["en"] != titles["id"]
    (english,) = reminders_of(cast.pic)
    (indonesian,) = reminders_of(cast.other_pic)
    assert english.title == titles["en"] and titles["en-line"] in english.body
    assert indonesian.title == titles["id"] and titles["id-line"] in indonesian.body
