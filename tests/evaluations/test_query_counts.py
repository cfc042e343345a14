"""The dashboard and the indicator list read a fixed number of queries, whatever the size."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from spbe.evaluations.assessment_services import assessment_return
from spbe.evaluations.models import Evaluation
from spbe.evaluations.past_evaluation_services import evaluation_record_finished
from spbe.evaluations.summary import evaluation_summary
from spbe.organizations.actors import SYSTEM
from spbe.organizations.models import Unit
from tests.cast import PASSWORD, make_cast
from tests.evaluations.helpers import submit

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


def test_the_summary_reads_no_indicator_documents_and_no_supporting_units(db):
    cast = grown_cast("c-", "spbe-2020", units=3, years=2)
    evaluation = Evaluation.objects.select_related("agency", "revision__framework").get(
        pk=cast.evaluation.pk
    )
    with CaptureQueriesContext(connection) as queries:
        evaluation_summary(evaluation, actor=SYSTEM, today=datetime.date(2026, 6, 1))
    read = " ".join(query["sql"] for query in queries)
    # The summary, which the dashboard reads on every view, needs an indicator's number, code
    # and name; its criteria, conditions, hints, sources and flags are JSON documents.
    for document in ("criteria", "conditions", "evidence_hints", "sources", "quality_flags"):
        assert f'"catalog_indicator"."{document}"' not in read
    assert "supporting_units" not in read
    assert len(queries) == 4  # assessments; history; its stamps; its stored indices


def warm_indicator_page(client, cast, number: int = 1) -> tuple[str, CaptureQueriesContext]:
    """The coordinator's second view of an indicator page, and the queries it made."""
    client.login(username=cast.coordinator.username, password=PASSWORD)
    url = reverse("evaluations:indicator", args=[cast.evaluation.pk, number])
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), queries


def test_the_indicator_page_of_a_framework_without_items_reads_no_items(client, db):
    _html, queries = warm_indicator_page(client, make_cast(framework="spbe-2020", prefix="d-"))
    # SPBE 2020 has no evidence items: neither the evidence nor the discussion section asks
    # for them, and the links are not joined again to the indicator already read.
    assert not [q for q in queries if "evaluations_evaluationitem" in q["sql"]]
    links = [q["sql"] for q in queries if q["sql"].startswith('SELECT "evidence_evidencelink"')]
    assert links and all('"catalog_indicator"."criteria"' not in sql for sql in links)
    assert len(queries) == 9


def test_the_indicator_page_reads_the_transitions_once_for_its_history_and_its_thread(client, db):
    cast = make_cast(framework="spbe-2020", prefix="t-")
    submitted = submit(cast, 1)
    assessment_return(
        actor=cast.actor(cast.coordinator),
        assessment=submitted,
        version=submitted.version,
        note="Lampirkan Perwali yang sudah ditandatangani.",
    )
    html, queries = warm_indicator_page(client, cast)
    transitions = [q for q in queries if 'FROM "evaluations_transition"' in q["sql"]]
    assert len(transitions) == 1
    # Both the history and the thread's return note come from that one read.
    history = html.split('id="history"')[1].split("</ul>")[0]
    assert history.count("<li>") == 2
    thread = html.split('id="komentar"')[1]
    assert "Lampirkan Perwali yang sudah ditandatangani." in thread
