"""Rate limiting per token: past the limit of a minute a token gets 429 in the error shape, with
``Retry-After`` in seconds until the next minute; each token counts on its own, the next minute
starts afresh, and the pages' session calls are not limited. The clock is frozen, never slept."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from spbe.api.models import ApiCallCount, ApiToken
from tests.api.helpers import bearer, token_for
from tests.cast import PASSWORD
from tests.clock import JAKARTA

pytestmark = pytest.mark.dates

# Fifteen seconds into a minute: 45 seconds remain until the next one.
MOMENT = datetime.datetime(2026, 11, 2, 12, 30, 15, tzinfo=JAKARTA)


def call(text: str):
    return Client().get("/api/v1/me", **bearer(text))


@override_settings(SPBE_API_RATE_LIMIT=3)
def test_past_the_limit_a_token_gets_429_with_the_seconds_to_wait(cast):
    with time_machine.travel(MOMENT, tick=False):
        text = token_for(cast.pic)
        assert [call(text).status_code for _ in range(3)] == [200, 200, 200]
        refused = call(text)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "45"
    body = refused.json()
    assert body["code"] == "rate_limited"
    assert set(body) == {"detail", "code", "fields"}
    assert "45" in body["detail"]


@override_settings(SPBE_API_RATE_LIMIT=2)
def test_the_next_minute_starts_afresh(cast):
    with time_machine.travel(MOMENT, tick=False) as traveller:
        text = token_for(cast.pic)
        assert [call(text).status_code for _ in range(3)] == [200, 200, 429]
        traveller.move_to(MOMENT + datetime.timedelta(seconds=44))
        assert call(text)["Retry-After"] == "1"
        traveller.move_to(MOMENT + datetime.timedelta(seconds=45))
        assert call(text).status_code == 200


@override_settings(SPBE_API_RATE_LIMIT=2)
def test_each_token_counts_on_its_own(cast):
    with time_machine.travel(MOMENT, tick=False):
        first = token_for(cast.pic, name="satu")
        second = token_for(cast.pic, name="dua")
        assert [call(first).status_code for _ in range(3)] == [200, 200, 429]
        assert call(second).status_code == 200


@override_settings(SPBE_API_RATE_LIMIT=2)
def test_a_write_past_the_limit_is_429_before_anything_is_done(cast):
    with time_machine.travel(MOMENT, tick=False):
        text = token_for(cast.pic, scope="write")
        call(text), call(text)
        response = Client().delete("/api/v1/me/token", **bearer(text))
    assert response.status_code == 429
    assert ApiToken.objects.get(user=cast.pic).revoked_at is None


@override_settings(SPBE_API_RATE_LIMIT=2)
def test_session_calls_are_not_limited(cast):
    client = Client()
    client.login(username="pic-kominfo", password=PASSWORD)
    with time_machine.travel(MOMENT, tick=False):
        assert {client.get("/api/v1/me").status_code for _ in range(5)} == {200}


@override_settings(SPBE_API_RATE_LIMIT=0)
def test_a_limit_of_zero_turns_limiting_off(cast):
    with time_machine.travel(MOMENT, tick=False):
        text = token_for(cast.pic)
        assert {call(text).status_code for _ in range(5)} == {200}


@override_settings(SPBE_API_RATE_LIMIT=2)
def test_the_count_is_a_row_of_the_database_shared_by_every_process(cast):
    with time_machine.travel(MOMENT, tick=False):
        text = token_for(cast.pic)
        assert [call(text).status_code for _ in range(2)] == [200, 200]
        # What another process would see: the count is a row of the database, not memory.
        assert ApiCallCount.objects.get(token__user=cast.pic).calls == 2
        assert call(text).status_code == 429


@override_settings(SPBE_API_RATE_LIMIT=600)
def test_a_token_call_within_the_minute_costs_two_queries_to_let_in(cast):
    with time_machine.travel(MOMENT, tick=False):
        text = token_for(cast.pic)
        call(text)
        with CaptureQueriesContext(connection) as queries:
            assert call(text).status_code == 200
    statements = [query["sql"] for query in queries.captured_queries]
    assert statements[0].startswith('SELECT "api_apitoken"')
    assert statements[1].startswith('INSERT INTO "api_apicallcount"')
    # The minute's last-used time was read with the token; the cache is not asked.
    assert not [sql for sql in statements if "api_apitoken" in sql and "UPDATE" in sql]
    assert not [sql for sql in statements if "cache" in sql]
