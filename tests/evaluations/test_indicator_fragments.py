"""The indicator page's cached criteria part: a warm page is the cold page, and a change to
what the part shows (the indicator's library text) shows on a warm page."""

import re

import pytest
from django.core.cache import cache
from django.urls import reverse

from spbe.catalog.models import Indicator
from tests.cast import PASSWORD
from tests.evaluations.helpers import submit

TOKEN = re.compile(r'(X-CSRFToken": "|csrfmiddlewaretoken" value=")[A-Za-z0-9]+')


@pytest.fixture
def coordinator(client, cast):
    client.login(username=cast.coordinator.username, password=PASSWORD)
    return client


def page(client, cast, number: int = 1) -> str:
    response = client.get(reverse("evaluations:indicator", args=[cast.evaluation.pk, number]))
    assert response.status_code == 200
    return TOKEN.sub(r"\1-", response.content.decode())


def cold_page(client, cast, number: int = 1) -> str:
    cache.clear()
    return page(client, cast, number)


def test_the_indicator_page_from_a_warm_cache_is_the_page_from_a_cold_one(coordinator, cast):
    submit(cast, 1)
    cold = cold_page(coordinator, cast)
    assert page(coordinator, cast) == cold
    assert 'class="criteria"' in cold


def test_each_indicator_shows_its_own_criteria_from_a_warm_cache(coordinator, cast):
    page(coordinator, cast, 1)
    assert page(coordinator, cast, 2) == cold_page(coordinator, cast, 2)


def test_a_changed_explanation_shows_on_the_warm_page(coordinator, cast):
    before = page(coordinator, cast)
    indicator = cast.evaluation.assessments.get(indicator__number=1).indicator
    Indicator.objects.filter(pk=indicator.pk).update(explanation="Penjelasan yang baru.")
    warm = page(coordinator, cast)
    assert warm != before
    assert "Penjelasan yang baru." in warm
    assert warm == cold_page(coordinator, cast)
