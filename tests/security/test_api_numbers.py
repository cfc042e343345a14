"""One number parser everywhere, the API too (issue 15, § 3): the API's number inputs read a
string as the pages do (``api.numbers``, on ``scoring.values.parse_number``), so other scripts'
digits, exponents, NaN, infinities, digit separators and booleans are 422 in the API's error
shape, in a body and in a query alike; a plain number still reads."""

from __future__ import annotations

import pytest
from django.test import Client

from spbe.evaluations.models import Assessment
from tests.api.helpers import bearer, get, token_for
from tests.cast import make_cast

pytestmark = pytest.mark.dates

NOT_NUMBERS = ['"٣"', '"２"', '"1e0"', '"NaN"', '"Infinity"', '"-inf"', '"1_0"', "true", "NaN"]
NOT_NUMBERS_IN_A_QUERY = ["٣", "２", "1e0", "NaN", "Infinity", "1_0", "true"]


@pytest.fixture
def cast(db):
    return make_cast(framework="spbe-2020")


def claim(cast) -> str:
    return f"/api/v1/evaluations/{cast.evaluation.pk}/claims/1"


def put_claim(cast, level: str):
    version = Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1).version
    return Client().put(
        claim(cast),
        f'{{"version": {version}, "claimed_level": {level}, "criteria_met": []}}',
        content_type="application/json",
        **bearer(token_for(cast.pic, scope="write", name="sistem-dokumen")),
    )


@pytest.mark.parametrize("level", NOT_NUMBERS)
def test_a_claimed_level_the_pages_would_refuse_is_422_in_the_api_error_shape(cast, level):
    response = put_claim(cast, level)
    assert response.status_code == 422, response.content
    body = response.json()
    assert set(body) == {"detail", "code", "fields"} and "claimed_level" in str(body["fields"])
    assert (
        Assessment.objects.get(evaluation=cast.evaluation, indicator__number=1).claimed_level
        is None
    )


@pytest.mark.parametrize("level", ["2", '"2"', '" 2 "', '"2,0"'])
def test_a_claimed_level_written_plainly_is_read(cast, level):
    assert put_claim(cast, level).status_code == 200


@pytest.mark.parametrize("limit", NOT_NUMBERS_IN_A_QUERY)
def test_a_page_limit_the_pages_would_refuse_is_422(cast, limit):
    response = Client().get(
        f"/api/v1/evaluations/{cast.evaluation.pk}/claims",
        {"limit": limit},
        **bearer(token_for(cast.pic)),
    )
    assert response.status_code == 422, response.content
    assert set(response.json()) == {"detail", "code", "fields"}


def test_a_page_limit_written_plainly_is_read(cast):
    response = get(f"/evaluations/{cast.evaluation.pk}/claims", token_for(cast.pic), limit="2")
    assert response.status_code == 200 and response.json()["limit"] == 2
