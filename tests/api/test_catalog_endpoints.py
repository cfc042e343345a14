"""The catalogue through the API: a revision with its domains and aspects, its indicators
filtered and paginated in number order, one indicator with its criteria per level and, for
Pemdi, its evidence items as the catalogue holds them; what does not exist is 404, a bad
parameter 422."""

from __future__ import annotations

import pytest

from spbe.catalog.models import CatalogItem
from tests.api.helpers import get, queries_of, token_for

pytestmark = pytest.mark.dates

SPBE = "/frameworks/spbe-2020/revisions/1"
PEMDI = "/frameworks/pemdi-2026/revisions/2"


@pytest.fixture
def text(cast) -> str:
    return token_for(cast.pic)


def test_a_revision_shows_its_levels_domains_and_aspects(text):
    body = get(SPBE, text).json()
    assert (body["framework"], body["number"], body["structure"]) == (
        "spbe-2020",
        1,
        "domain-aspect-indicator",
    )
    assert body["indicator_count"] == 47 and body["has_items"] is False
    assert [level["level"] for level in body["levels"]] == [1, 2, 3, 4, 5]
    assert [domain["number"] for domain in body["domains"]] == [1, 2, 3, 4]
    assert [aspect["number"] for aspect in body["aspects"]] == list(range(1, 9))
    assert all(aspect["domain"] in (1, 2, 3, 4) for aspect in body["aspects"])


def test_a_framework_without_domains_has_aspects_only_and_items(text):
    body = get(PEMDI, text).json()
    assert body["structure"] == "aspect-indicator" and body["has_items"] is True
    assert body["domains"] == [] and body["indicator_count"] == 20
    assert {aspect["domain"] for aspect in body["aspects"]} == {None}


@pytest.mark.parametrize(
    "path",
    [
        "/frameworks/spbe-1999/revisions/1",
        "/frameworks/spbe-2020/revisions/9",
        "/frameworks/spbe-1999/revisions/1/indicators",
        f"{SPBE}/indicators/48",
        f"{SPBE}/indicators/0",
    ],
)
def test_what_does_not_exist_is_404_in_the_error_shape(text, path):
    response = get(path, text)
    assert response.status_code == 404
    body = response.json()
    assert (body["code"], body["fields"]) == ("not_found", {}) and body["detail"]


def test_the_indicators_are_listed_by_number_and_paginated_without_gaps(text):
    everything = get(f"{SPBE}/indicators", text, limit=200).json()
    assert everything["count"] == 47
    assert [item["number"] for item in everything["items"]] == list(range(1, 48))
    first = get(f"{SPBE}/indicators", text, limit=20).json()
    rest = get(f"{SPBE}/indicators", text, limit=30, offset=20).json()
    assert first["items"] + rest["items"] == everything["items"]
    assert (first["count"], first["limit"], first["offset"]) == (47, 20, 0)


def test_the_indicators_are_filtered_by_domain_and_by_aspect(text):
    domain = get(f"{SPBE}/indicators", text, domain=1).json()
    assert domain["count"] > 0 and {item["domain"] for item in domain["items"]} == {1}
    aspect = get(f"{PEMDI}/indicators", text, aspect=4).json()
    assert [item["code"] for item in aspect["items"]] == ["I9", "I10", "I11", "I12"]
    both = get(f"{SPBE}/indicators", text, domain=1, aspect=8).json()
    assert both["count"] == 0  # aspect 8 is not in domain 1


@pytest.mark.parametrize(
    "query",
    [
        {"domain": 0},
        {"aspect": "satu"},
        {"limit": 0},
        {"limit": 201},
        {"offset": -1},
        {"offset": 10**20},
    ],
)
def test_a_bad_filter_is_422_naming_it(text, query):
    response = get(f"{SPBE}/indicators", text, **query)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid"
    assert set(response.json()["fields"]) == set(query)


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/frameworks/spbe-2020/revisions/satu", "revision_number"),
        (f"{SPBE}/indicators/satu", "indicator_number"),
        ("/frameworks/spbe%002020/revisions/1", "framework_code"),  # PostgreSQL refuses a NUL
    ],
)
def test_a_path_parameter_that_is_not_valid_is_422_naming_it(text, path, field):
    response = get(path, text)
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {field}


def test_an_spbe_indicator_has_a_criterion_for_every_level_and_no_items(text):
    body = get(f"{SPBE}/indicators/1", text).json()
    assert (body["number"], body["domain"], body["aspect"]) == (1, 1, 1)
    assert body["domain_name"] and body["aspect_name"] and body["weight"]
    assert [level["level"] for level in body["levels"]] == [1, 2, 3, 4, 5]
    assert all(level["criterion"] for level in body["levels"])
    assert all(level["items"] is None for level in body["levels"])
    assert body["levels"][0]["evidence_hint"]  # the library's evidence hint of level 1


def test_a_pemdi_indicator_lists_its_items_with_their_evidence_text(text):
    body = get(f"{PEMDI}/indicators/1", text).json()
    level_2 = next(level for level in body["levels"] if level["level"] == 2)
    codes = [item["code"] for item in level_2["items"]]
    assert "I1-L2-02" in codes
    stored = CatalogItem.objects.get(code="I1-L2-02", indicator__revision__number=2)
    assert level_2["items"][codes.index("I1-L2-02")]["text"] == stored.text
    assert body["domain"] is None and body["external_index"] is None


def test_a_level_without_items_in_the_source_says_so(text):
    body = get(f"{PEMDI}/indicators/9", text).json()
    level_3 = next(level for level in body["levels"] if level["level"] == 3)
    assert level_3["items"] == [] and level_3["items_missing_in_source"] is True
    level_2 = next(level for level in body["levels"] if level["level"] == 2)
    assert level_2["items"] and level_2["items_missing_in_source"] is False


def test_an_indicator_valued_by_an_external_index_names_it(text):
    body = get(f"{PEMDI}/indicators/5", text).json()
    assert body["external_index"]["name"]
    assert body["external_index"]["use"] in ("decides_level", "caps_level")


def test_a_longer_page_of_indicators_takes_no_more_queries(text):
    assert queries_of(f"{SPBE}/indicators", text, limit=1) == queries_of(
        f"{SPBE}/indicators", text, limit=47
    )
