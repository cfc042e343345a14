"""Evaluations and their scores through the API: the caller's own only, the same figures as the
dashboard, lists paginated and filtered in a stable order, bad parameters refused with 422."""

from __future__ import annotations

import pytest

from spbe.evaluations.summary import evaluation_summary
from spbe.organizations.actors import SYSTEM
from tests.api.helpers import get, token_for
from tests.cast import make_cast
from tests.clock import CAST_DAY

pytestmark = pytest.mark.dates


def test_the_list_holds_the_callers_agencys_evaluations_only(cast):
    other = make_cast(prefix="lain-")
    body = get("/evaluations", token_for(cast.coordinator)).json()
    assert body["count"] == 1
    assert [item["id"] for item in body["items"]] == [cast.evaluation.pk]
    assert body["items"][0]["agency"] == "Kota Uji"
    outsider = get("/evaluations", token_for(other.coordinator)).json()
    assert [item["id"] for item in outsider["items"]] == [other.evaluation.pk]


def test_an_evaluation_of_another_agency_is_404_not_403(cast):
    other = make_cast(prefix="lain-")
    text = token_for(cast.coordinator)
    for path in (
        f"/evaluations/{other.evaluation.pk}",
        f"/evaluations/{other.evaluation.pk}/scores",
    ):
        response = get(path, text)
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
        assert "Kabupaten Lain" not in response.content.decode() and "lain-" not in (
            response.content.decode()
        )


def test_the_scores_are_the_dashboards_figures(cast):
    body = get(f"/evaluations/{cast.evaluation.pk}/scores", token_for(cast.leadership)).json()
    summary = evaluation_summary(cast.evaluation, actor=SYSTEM, today=CAST_DAY.date())
    by_kind = {index["kind"]: index for index in body["indices"]}
    for figure in summary.indices:
        shown = by_kind[figure.kind.value]
        assert shown["available"] == figure.available
        assert shown["filled"] == figure.filled and shown["total"] == figure.total == 47
        if figure.available:
            assert shown["index"] == str(figure.index)
            assert shown["predicate"] == figure.predicate
    assert by_kind["external"]["index"] is None
    assert body["official"] == summary.official_kind.value
    assert [part["number"] for part in body["domains"]] == [1, 2, 3, 4]
    assert len(body["aspects"]) == 8


def test_the_list_is_paginated_in_a_stable_order_and_filtered(cast):
    make_cast(prefix="b-")
    make_cast(prefix="c-", framework="pemdi-2026")
    text = token_for(cast.admin)
    everything = get("/evaluations", text).json()
    assert everything["count"] == 3
    first = get("/evaluations", text, limit=2).json()
    second = get("/evaluations", text, limit=2, offset=2).json()
    assert [i["id"] for i in first["items"] + second["items"]] == [
        i["id"] for i in everything["items"]
    ]
    pemdi = get("/evaluations", text, framework="pemdi-2026").json()
    assert [i["framework"] for i in pemdi["items"]] == ["pemdi-2026"]
    assert get("/evaluations", text, year=2030).json() == {
        "count": 0,
        "limit": 50,
        "offset": 0,
        "items": [],
    }


@pytest.mark.parametrize(
    "query",
    [{"limit": 0}, {"limit": 201}, {"offset": -1}, {"year": "dua"}, {"state": "selesai-kah"}],
)
def test_a_bad_parameter_is_422_naming_it(cast, query):
    response = get("/evaluations", token_for(cast.coordinator), **query)
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid"
    assert set(body["fields"]) == set(query)


def test_the_frameworks_are_listed_with_their_revisions(cast):
    body = get("/frameworks", token_for(cast.pic)).json()
    codes = [framework["code"] for framework in body]
    assert codes == sorted(codes)
    assert {"spbe-2020", "pemdi-2026"} <= set(codes)
    assert all(framework["revisions"] for framework in body)
