"""The wait between attempts doubles, is capped, and ends."""

import datetime

import pytest

from spbe.notify_rules import MAX_ATTEMPTS, retry_delay
from spbe.notify_rules.backoff import LONGEST_DELAY

minutes = datetime.timedelta(minutes=1)


def test_the_wait_doubles_from_one_minute():
    assert [retry_delay(n) for n in range(1, MAX_ATTEMPTS)] == [
        minutes,
        2 * minutes,
        4 * minutes,
        8 * minutes,
        16 * minutes,
    ]


def test_it_gives_up_at_the_maximum_number_of_attempts():
    assert retry_delay(MAX_ATTEMPTS) is None
    assert retry_delay(MAX_ATTEMPTS + 3) is None


def test_no_wait_is_longer_than_an_hour(monkeypatch):
    monkeypatch.setattr("spbe.notify_rules.backoff.MAX_ATTEMPTS", 50)
    assert all(retry_delay(n) <= LONGEST_DELAY for n in range(1, 50))
    assert retry_delay(49) == LONGEST_DELAY


def test_it_refuses_to_count_from_zero():
    with pytest.raises(ValueError):
        retry_delay(0)
