"""WhatsApp's quiet hours and the next digest, in Asia/Jakarta."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spbe.notify_rules import JAKARTA, earliest_whatsapp_send, in_quiet_hours, next_digest

UTC = datetime.UTC


def wib(day: int, hour: int, minute: int = 0) -> datetime.datetime:
    return datetime.datetime(2026, 11, day, hour, minute, tzinfo=JAKARTA)


def test_a_message_at_22_waits_until_six_the_next_morning():
    assert earliest_whatsapp_send(wib(2, 22)) == wib(3, 6)


def test_a_message_after_midnight_waits_until_six_the_same_morning():
    assert earliest_whatsapp_send(wib(3, 2, 30)) == wib(3, 6)


def test_nine_in_the_evening_is_already_quiet_and_six_in_the_morning_is_not():
    assert in_quiet_hours(wib(2, 21))
    assert not in_quiet_hours(wib(2, 20, 59))
    assert not in_quiet_hours(wib(3, 6))
    assert earliest_whatsapp_send(wib(3, 6)) == wib(3, 6)


def test_quiet_hours_are_read_in_jakarta_whatever_the_instants_zone():
    # 15:00 UTC is 22:00 WIB.
    at = datetime.datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
    assert earliest_whatsapp_send(at) == wib(3, 6)


def test_it_refuses_a_naive_instant():
    with pytest.raises(ValueError):
        in_quiet_hours(datetime.datetime(2026, 11, 2, 22))


@given(st.datetimes(timezones=st.just(UTC)))
def test_the_earliest_send_is_never_earlier_never_quiet_and_at_most_nine_hours_later(at):
    allowed = earliest_whatsapp_send(at)
    assert allowed >= at
    assert not in_quiet_hours(allowed)
    assert allowed - at <= datetime.timedelta(hours=9)


def test_the_digest_goes_today_at_the_hour_when_it_is_still_ahead():
    assert next_digest(wib(2, 6, 30), 7) == wib(2, 7)


def test_the_digest_goes_tomorrow_when_the_hour_has_passed():
    assert next_digest(wib(2, 7, 1), 7) == wib(3, 7)


def test_the_digest_at_its_exact_hour_is_due_now():
    assert next_digest(wib(2, 7), 7) == wib(2, 7)


def test_it_refuses_a_digest_hour_outside_the_day():
    with pytest.raises(ValueError):
        next_digest(wib(2, 7), 24)


@given(st.datetimes(timezones=st.just(UTC)), st.integers(0, 23))
def test_the_next_digest_is_within_a_day_at_the_chosen_hour(at, hour):
    digest = next_digest(at, hour)
    assert at <= digest < at + datetime.timedelta(days=1)
    local = digest.astimezone(JAKARTA)
    assert (local.hour, local.minute, local.second) == (hour, 0, 0)
