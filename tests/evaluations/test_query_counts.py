"""The dashboard and the indicator list read a fixed number of queries, whatever the size."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from spbe.evaluations.past_evaluation_services import evaluation_record_finished
from spbe.organizations.models import Unit
from tests.cast import PASSWORD, make_cast

pytestmark = pytest.mark.dates


def grown_cast(prefix: str, framework: str, units: int, years: int):
    cast = make_cast(framework=framework, prefix=prefix)
    created = [
        Unit.objects.create(agency=cast.agency, name=f"Unit {n}", short_name=f"U{n}", slug=f"u{n}")
        for n in range(units)
    ]
    for number, assessment in enumerate(cast.evaluation.assessments.all()):
        assessment.lead_unit = created[number % units]
        assessment.save()
    for year in range(2019, 2019 + years):
        evaluation_record_finished(
            actor=cast.actor(cast.coordinator),
            agency=cast.agency,
            year=year,
            framework_code="spbe-2020",
            target=Decimal("2.6"),
            external_values={n: Decimal(3) for n in range(1, 48)},
            illustrative=False,
            source_note="",
        )
    return cast


def queries_of(client, url: str) -> int:
    client.get(url)  # warm the in-process caches (published results, charts): steady state
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def page_queries(client, cast) -> dict[str, int]:
    client.login(username=cast.leadership.username, password=PASSWORD)
    pk = cast.evaluation.pk
    counts = {
        "dashboard": queries_of(client, reverse("dashboard", args=[pk])),
        "indicator list": queries_of(client, reverse("evaluations:detail", args=[pk])),
    }
    client.logout()
    return counts


def test_query_counts_stay_constant_as_indicators_units_and_years_grow(client, db):
    small = page_queries(client, grown_cast("a-", "pemdi-2026", units=2, years=1))
    large = page_queries(client, grown_cast("b-", "spbe-2020", units=50, years=5))
    assert small == large
    assert large["dashboard"] <= 15
    assert large["indicator list"] <= 15
