"""Evidence that expires: the lead units' PICs are reminded 30 and 7 days before and on the day."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.utils.translation import gettext, ngettext

from spbe.evaluations.models import EvaluationState
from spbe.notifications.models import Notification
from spbe.notify_rules import JAKARTA
from spbe.reminders.models import Reminder
from spbe.reminders.services import remind_due
from spbe.reminders.sources import SOURCES
from spbe.reminders.wording import REMINDERS_DUE
from tests.evidence.builders import library_document, pin

pytestmark = [pytest.mark.django_db, pytest.mark.dates]

EXPIRES = datetime.date(2026, 12, 31)
MONTH_BEFORE = datetime.date(2026, 12, 1)
WEEK_BEFORE = datetime.date(2026, 12, 24)


def run(day):
    with time_machine.travel(
        datetime.datetime.combine(day, datetime.time(7), tzinfo=JAKARTA), tick=False
    ):
        return remind_due(today=day, sources=[SOURCES[-1]])


def expiry_reminders(user):
    return list(
        Notification.objects.filter(recipient=user, kind=REMINDERS_DUE).order_by("created_at")
    )


@pytest.fixture
def sk(cast):
    """An SK valid until 2026-12-31, linked to indicator 1 (Kominfo's) and 3 (Bappeda's)."""
    document = library_document(cast, "SK Tim SPBE", expires_on=EXPIRES)
    for number in (1, 3):
        pin(cast.evaluation.assessments.get(indicator__number=number), document)
    return document


def test_the_pics_are_reminded_a_month_and_a_week_before_and_on_the_day_once_each(cast, sk):
    days = [MONTH_BEFORE, MONTH_BEFORE, datetime.date(2026, 12, 10), WEEK_BEFORE, EXPIRES]
    for day in [*days, datetime.date(2027, 1, 2)]:
        run(day)
    assert len(expiry_reminders(cast.pic)) == 3
    assert len(expiry_reminders(cast.other_pic)) == 3
    thresholds = Reminder.objects.filter(recipient=cast.pic).values_list("threshold", flat=True)
    assert sorted(thresholds) == ["30-hari", "7-hari", "berakhir"]
    assert set(Reminder.objects.values_list("subject", flat=True)) == {
        f"document:{sk.pk}:{EXPIRES}"
    }


def about(title: str, numbers: str) -> str:
    """How a reminder names a document and its indicators, in the reader's language."""
    return gettext("Evidence “%(title)s” (indicator %(numbers)s)") % {
        "title": title,
        "numbers": numbers,
    }


def test_each_unit_hears_only_of_its_own_indicators(cast, sk):
    run(WEEK_BEFORE)
    (mine,) = expiry_reminders(cast.pic)
    (theirs,) = expiry_reminders(cast.other_pic)
    one, three = (about("SK Tim SPBE", number) for number in ("1", "3"))
    assert one in mine.body and three not in mine.body
    assert three in theirs.body and one not in theirs.body
    assert mine.link == f"/evaluasi/{cast.evaluation.pk}/indikator/1/"
    assert mine.title == ngettext(
        "Reminder: %(count)d evidence document expires",
        "Reminder: %(count)d evidence documents expire",
        1,
    ) % {"count": 1}
    for user in cast.everyone_but(cast.pic, cast.other_pic):
        assert expiry_reminders(user) == []


def test_a_document_of_a_sent_evaluation_or_without_an_expiry_reminds_nobody(cast, sk):
    library_document(cast, "Perwali tanpa batas")  # no expires_on, not even linked
    cast.evaluation.state = EvaluationState.SUBMITTED
    cast.evaluation.save(update_fields=["state"])
    assert run(WEEK_BEFORE).people == 0


def test_a_new_expiry_day_is_reminded_afresh(cast, sk):
    run(WEEK_BEFORE)
    sk.expires_on = datetime.date(2027, 1, 2)
    sk.save(update_fields=["expires_on"])
    run(datetime.date(2026, 12, 26))
    assert len(expiry_reminders(cast.pic)) == 2


def test_the_command_reminds_of_the_expiry_with_everything_else(cast, sk):
    with time_machine.travel(datetime.datetime(2026, 12, 24, 7, tzinfo=JAKARTA), tick=False):
        call_command("notify", "due", "--today", "2026-12-24")
    assert Reminder.objects.filter(recipient=cast.pic, subject__startswith="document:").exists()
