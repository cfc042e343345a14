"""Agencies and units through the API: a member sees its own agency and its units, the
installation administrator every agency; another agency is a 404 that names nothing of it."""

from __future__ import annotations

import pytest

from spbe.organizations.models import Unit
from tests.api.helpers import get, queries_of, token_for
from tests.cast import make_cast

pytestmark = pytest.mark.dates


def test_a_member_of_any_role_sees_its_own_agency_only(cast):
    for user in (cast.coordinator, cast.pic, cast.leadership):
        body = get("/agencies", token_for(user)).json()
        assert [item["slug"] for item in body["items"]] == ["kota-uji"]
        assert body["items"][0] == {
            "slug": "kota-uji",
            "name": "Kota Uji",
            "kind": "kota",
            "province": "Sumatera Utara",
            "unit_count": 2,
        }
    outsider = get("/agencies", token_for(cast.outsider)).json()
    assert [item["slug"] for item in outsider["items"]] == ["kab-lain"]


def test_an_external_assessor_belongs_to_no_agency_and_sees_none(cast):
    body = get("/agencies", token_for(cast.external_assessor)).json()
    assert body == {"count": 0, "limit": 50, "offset": 0, "items": []}


def test_the_admin_sees_every_agency_by_name_paginated_without_gaps(cast):
    make_cast(prefix="b-")
    text = token_for(cast.admin)
    everything = get("/agencies", text).json()
    names = [item["name"] for item in everything["items"]]
    assert everything["count"] == 4 and names == sorted(names)
    first = get("/agencies", text, limit=3).json()
    second = get("/agencies", text, limit=3, offset=3).json()
    assert first["items"] + second["items"] == everything["items"]


def test_one_agency_and_its_units_by_name(cast):
    text = token_for(cast.other_pic)
    assert get("/agencies/kota-uji", text).json()["name"] == "Kota Uji"
    units = get("/agencies/kota-uji/units", text).json()
    assert units["count"] == 2
    assert [unit["short_name"] for unit in units["items"]] == ["Bappeda", "Kominfo"]
    second = get("/agencies/kota-uji/units", text, limit=1, offset=1).json()
    assert second["items"] == units["items"][1:]


def test_units_of_the_same_name_are_ordered_stably(cast):
    Unit.objects.create(agency=cast.agency, name="Badan Perencanaan 2", short_name="B2", slug="b2")
    body = get("/agencies/kota-uji/units", token_for(cast.coordinator)).json()
    assert [unit["slug"] for unit in body["items"]] == ["bappeda", "b2", "kominfo"]


@pytest.mark.parametrize("path", ["/agencies/kab-lain", "/agencies/kab-lain/units"])
def test_another_agency_is_404_and_names_nothing_of_it(cast, path):
    response = get(path, token_for(cast.coordinator))
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert "Kabupaten Lain" not in response.content.decode()
    assert get(path, token_for(cast.admin)).status_code == 200


def test_an_unknown_agency_is_404_like_another_agencys(cast):
    assert get("/agencies/tidak-ada", token_for(cast.admin)).status_code == 404


@pytest.mark.parametrize("path", ["/agencies/kota%00uji", "/agencies/kota uji/units"])
def test_a_slug_that_no_agency_can_have_is_422(cast, path):
    response = get(path, token_for(cast.admin))
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {"agency_slug"}


@pytest.mark.parametrize(
    "query", [{"limit": 0}, {"limit": 201}, {"offset": -1}, {"offset": 10**20}, {"offset": "x"}]
)
def test_a_bad_page_is_422_naming_it(cast, query):
    for path in ("/agencies", "/agencies/kota-uji/units"):
        response = get(path, token_for(cast.coordinator), **query)
        assert response.status_code == 422
        assert set(response.json()["fields"]) == set(query)


def test_a_longer_page_of_agencies_takes_no_more_queries(cast):
    make_cast(prefix="b-")
    text = token_for(cast.admin)
    assert queries_of("/agencies", text, limit=1) == queries_of("/agencies", text, limit=4)
