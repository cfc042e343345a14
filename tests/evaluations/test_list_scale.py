"""The lists that grow with the agencies read no framework document and a flat number of
queries: the evaluation list page, the administrator's home, the API's list, and the admin's
report jobs and audit log (issue 16, § 2)."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from spbe.audit.models import AuditEvent
from spbe.core.pagination import PAGE_SIZE
from spbe.evaluations.models import Evaluation
from spbe.evidence.models import Document
from spbe.organizations.models import Agency
from spbe.reports.models import ReportJob
from tests.cast import PASSWORD, Cast

pytestmark = pytest.mark.dates

# The revision's library document, as the SQL of a query that selects it names it.
DOCUMENT_COLUMN = '"catalog_frameworkrevision"."document"'

LISTS = {
    "evaluation list": reverse("evaluations:list"),
    "home (administrator)": reverse("home"),
    "API list": "/api/v1/evaluations",
    "admin: report jobs": reverse("admin:reports_reportjob_changelist"),
    "admin: audit log": reverse("admin:audit_auditevent_changelist"),
}


def add_agencies(cast: Cast, count: int, *, start: int = 0) -> None:
    """``count`` more agencies, each with an evaluation, a report job and an audit event: the
    rows the lists show, without the cost of a whole cast per agency."""
    agencies = Agency.objects.bulk_create(
        Agency(name=f"Kabupaten Sintetis {n:03}", slug=f"sintetis-{n:03}", kind="kabupaten")
        for n in range(start, start + count)
    )
    evaluations = Evaluation.objects.bulk_create(
        Evaluation(
            agency=agency,
            year=2026,
            revision=cast.evaluation.revision,
            target=Decimal("2.60"),
            self_assessment_deadline=datetime.date(2026, 12, 15),
            review_deadline=datetime.date(2027, 1, 15),
        )
        for agency in agencies
    )
    ReportJob.objects.bulk_create(
        ReportJob(evaluation=evaluation, format="pdf", language="id", created_by=cast.admin)
        for evaluation in evaluations
    )
    AuditEvent.objects.bulk_create(
        AuditEvent(
            actor=cast.admin,
            agency=agency,
            action="agency.create",
            object_type="agency",
            object_id=str(agency.pk),
            summary=agency.name,
        )
        for agency in agencies
    )


def list_sql(client, url: str) -> list[str]:
    client.get(url)  # warm the in-process caches: steady state
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in queries.captured_queries]


@pytest.fixture
def admin_client(client, cast):
    client.login(username=cast.admin.username, password=PASSWORD)
    return client


@pytest.mark.parametrize("name", LISTS)
def test_a_list_never_reads_the_framework_document(admin_client, cast, name):
    add_agencies(cast, 3)
    sql = list_sql(admin_client, LISTS[name])
    assert sql, "the list ran no query: the capture is broken"
    assert not [query for query in sql if DOCUMENT_COLUMN in query]


def test_the_document_column_name_is_what_a_query_that_reads_it_says():
    # Guards the test above against a column name that no query would contain.
    sql = str(Evaluation.objects.select_related("revision").query)
    assert DOCUMENT_COLUMN in sql
    assert DOCUMENT_COLUMN not in str(
        Evaluation.objects.select_related("revision").defer("revision__document").query
    )


def test_the_lists_run_as_many_queries_for_five_agencies_as_for_one(admin_client, cast):
    add_agencies(cast, 1)
    one = {name: len(list_sql(admin_client, url)) for name, url in LISTS.items()}
    add_agencies(cast, 4, start=1)
    five = {name: len(list_sql(admin_client, url)) for name, url in LISTS.items()}
    assert one == five


# Pagination: one more row than a page holds makes a second page.
MORE_THAN_A_PAGE = PAGE_SIZE + 5


def test_the_evaluation_list_shows_a_page_and_has_a_second_one(admin_client, cast):
    add_agencies(cast, MORE_THAN_A_PAGE)
    total = Evaluation.objects.count()
    first = admin_client.get(reverse("evaluations:list"))
    assert len(first.context["evaluations"]) == PAGE_SIZE
    assert 'rel="next"' in first.text
    second = admin_client.get(reverse("evaluations:list"), {"page": 2})
    shown = {e.pk for e in first.context["evaluations"]} | {
        e.pk for e in second.context["evaluations"]
    }
    assert len(shown) == total
    assert 'rel="prev"' in second.text


def test_the_administrators_home_shows_a_page_of_evaluations_and_of_agencies(admin_client, cast):
    add_agencies(cast, MORE_THAN_A_PAGE)
    home = admin_client.get(reverse("home"))
    assert len(home.context["evaluations"]) == PAGE_SIZE
    assert len(home.context["agencies"]) == PAGE_SIZE
    assert f'href="{reverse("evaluations:list")}?page=2"' in home.text
    assert 'href="?agencies=2"' in home.text
    second = admin_client.get(reverse("home"), {"agencies": 2})
    assert len(second.context["agencies"]) == Agency.objects.count() - PAGE_SIZE


def test_the_evidence_library_shows_a_page_of_documents_and_keeps_the_search(client, cast):
    Document.objects.bulk_create(
        Document(agency=cast.agency, title=f"Peraturan {n:03}") for n in range(MORE_THAN_A_PAGE)
    )
    client.login(username=cast.coordinator.username, password=PASSWORD)
    first = client.get(reverse("evidence:library"), {"q": "x"})
    assert len(first.context["documents"].page) == PAGE_SIZE
    assert 'href="?q=x&amp;page=2"' in first.text
    second = client.get(reverse("evidence:library"), {"page": 2})
    assert len(second.context["documents"].page) == MORE_THAN_A_PAGE - PAGE_SIZE


@pytest.mark.parametrize(
    ("name", "model"), [("admin: report jobs", ReportJob), ("admin: audit log", AuditEvent)]
)
def test_an_admin_list_shows_a_page_without_counting_the_whole_table(
    admin_client, cast, name, model
):
    per_page = admin.site.get_model_admin(model).list_per_page
    add_agencies(cast, per_page + 5)
    first = admin_client.get(LISTS[name])
    assert len(first.context["cl"].result_list) == per_page
    assert first.context["cl"].show_full_result_count is False
    second = admin_client.get(LISTS[name], {"p": 2})
    assert second.status_code == 200
    assert 0 < len(second.context["cl"].result_list) <= per_page
