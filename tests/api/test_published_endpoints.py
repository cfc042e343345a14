"""The published national results through the API: public data that every signed-in caller
reads, filtered by year, framework, kind, province and name, newest year first and highest
index first, in an order that pages cannot shuffle; a bad filter is 422."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest

from spbe.benchmarks.models import PublishedResultRow
from spbe.benchmarks.services import PACKAGED_RESULTS, published_results_import
from tests.api.helpers import get, queries_of, token_for

pytestmark = pytest.mark.dates


@pytest.fixture
def text(cast) -> str:
    published_results_import(path=PACKAGED_RESULTS)
    return token_for(cast.pic)


def test_every_published_result_is_listed_newest_year_then_highest_index_first(text):
    body = get("/published", text, limit=200).json()
    assert body["count"] == PublishedResultRow.objects.count() > 1200
    keys = [(-item["year"], item["framework"], -Decimal(item["index"])) for item in body["items"]]
    assert keys == sorted(keys)
    assert body["items"][0]["year"] == max(
        PublishedResultRow.objects.values_list("year", flat=True)
    )


def test_pages_follow_each_other_without_gaps_or_repeats(text):
    query = {"year": 2024, "kind": "kota"}
    everything = get("/published", text, limit=200, **query).json()["items"]
    pages = [
        get("/published", text, limit=25, offset=offset, **query).json()["items"]
        for offset in range(0, len(everything), 25)
    ]
    assert [item for page in pages for item in page] == everything
    assert len({item["id"] for item in everything}) == len(everything)


def test_equal_indices_are_ordered_by_name_then_id(text):
    items = get("/published", text, year=2024, limit=200).json()["items"]
    for before, after in itertools.pairwise(items):
        if before["index"] == after["index"]:
            assert (before["agency"], before["id"]) < (after["agency"], after["id"])


def test_the_filters_narrow_by_year_kind_and_province_whatever_its_case(text):
    body = get(
        "/published", text, year=2024, framework="spbe-2020", kind="kota", province="sumatera utara"
    ).json()
    assert body["count"] > 1
    for item in body["items"]:
        assert (item["year"], item["framework"], item["kind"], item["province"]) == (
            2024,
            "spbe-2020",
            "kota",
            "Sumatera Utara",
        )
    assert "Pemerintah Kota Medan" in {item["agency"] for item in body["items"]}


def test_a_name_matches_part_of_the_published_name_or_its_core(text):
    spaced = get("/published", text, name="pematang siantar").json()
    joined = get("/published", text, name="Pematangsiantar").json()
    assert spaced["items"] == joined["items"]
    assert [item["year"] for item in joined["items"]] == [2024, 2023, 2022, 2021]
    siantar_2024 = joined["items"][0]
    assert siantar_2024["index"] == "3.06" and siantar_2024["predicate"] == "Baik"
    assert siantar_2024["domains"] == ["3.50", "2.70", "1.36", "3.74"]
    assert get("/published", text, name="Kota Tidak Ada").json()["count"] == 0


def test_a_year_without_results_is_an_empty_page(text):
    assert get("/published", text, year=2030).json() == {
        "count": 0,
        "limit": 50,
        "offset": 0,
        "items": [],
    }


@pytest.mark.parametrize(
    "query",
    [
        {"kind": "desa"},
        {"year": "dua"},
        {"name": "Kota\x00Medan"},  # PostgreSQL refuses a NUL in any text
        {"province": "Aceh\x00"},
        {"framework": "spbe 2020"},
        {"year": 1999},
        {"limit": 0},
        {"offset": -1},
        {"offset": 10**20},
    ],
)
def test_a_bad_filter_is_422_naming_it(text, query):
    response = get("/published", text, **query)
    assert response.status_code == 422
    assert response.json()["code"] == "invalid"
    assert set(response.json()["fields"]) == set(query)


def test_a_longer_page_takes_no_more_queries(text):
    assert queries_of("/published", text, limit=1) == queries_of("/published", text, limit=200)
