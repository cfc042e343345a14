"""Report generation through the API: asking answers 202 with a job, the job is polled until it
is done, the file is downloaded then and not before; another agency's jobs are 404, and a bad
format or kind is 422 naming the field."""

from __future__ import annotations

import pytest
from django.test import Client

from spbe.reports import services
from spbe.reports.models import JobStatus, ReportJob
from spbe.reports.tasks import generate_report
from tests.api.helpers import bearer, get, token_for
from tests.cast import make_cast

pytestmark = pytest.mark.dates


@pytest.fixture
def queued(monkeypatch):
    """Keep asked jobs queued, as a busy worker would: record what would be sent to it."""
    sent: list[int] = []
    monkeypatch.setattr(services, "_enqueue", sent.append)
    return sent


def ask(cast, user, body, *, scope="write"):
    return Client().post(
        f"/api/v1/evaluations/{cast.evaluation.pk}/reports",
        body,
        content_type="application/json",
        **bearer(token_for(user, scope=scope)),
    )


def test_asking_answers_202_with_a_queued_job_to_poll(
    cast, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(cast, cast.leadership, {"format": "xlsx"})
    assert response.status_code == 202
    job = response.json()
    assert job["status"] == "queued" and queued == [job["id"]]
    assert job["format"] == "xlsx" and job["kind"] == "evaluation"
    assert job["evaluation_id"] == cast.evaluation.pk
    assert job["requested_by"] == cast.leadership.username
    assert job["url"] == f"/api/v1/reports/{job['id']}" and job["file_url"] is None
    assert response["Location"] == job["url"]


def test_a_job_is_polled_until_done_and_downloaded_only_then(cast, queued):
    job = ask(cast, cast.coordinator, {"format": "xlsx"}).json()
    text = token_for(cast.pic)
    assert get(f"/reports/{job['id']}", text).json()["status"] == "queued"
    early = get(f"/reports/{job['id']}/file", text)
    assert early.status_code == 409 and early.json()["code"] == "not_ready"
    generate_report.call(job["id"])
    done = get(f"/reports/{job['id']}", text).json()
    assert done["status"] == "done" and done["size"] and done["finished_at"]
    assert done["file_url"] == f"/api/v1/reports/{job['id']}/file"
    download = Client().get(done["file_url"], **bearer(text))
    assert download.status_code == 200
    assert download["Content-Type"].startswith("application/vnd.openxmlformats")
    assert download["Content-Disposition"].startswith("attachment; filename=")
    assert b"".join(download.streaming_content)[:4] == b"PK\x03\x04"


def test_with_the_immediate_backend_the_job_is_done_at_the_first_poll(
    cast, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(cast, cast.coordinator, {"format": "xlsx"})
    assert response.status_code == 202
    job = get(f"/reports/{response.json()['id']}", token_for(cast.coordinator)).json()
    assert job["status"] == "done" and job["file_url"]


def test_a_failed_job_says_why_and_has_no_file(cast, queued):
    job = ask(cast, cast.coordinator, {"format": "docx"}).json()
    ReportJob.objects.filter(pk=job["id"]).update(status=JobStatus.FAILED, error="rusak")
    text = token_for(cast.coordinator)
    shown = get(f"/reports/{job['id']}", text).json()
    assert shown["status"] == "failed" and shown["error"] == "rusak"
    assert shown["file_url"] is None
    assert get(f"/reports/{job['id']}/file", text).status_code == 404


def test_the_same_report_on_its_way_is_answered_with_its_job(
    cast, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = ask(cast, cast.coordinator, {"format": "pdf"}).json()
        again = ask(cast, cast.leadership, {"format": "pdf"}).json()
    assert again["id"] == first["id"] and queued == [first["id"]]


def test_another_agencys_jobs_and_files_are_404(cast, queued):
    other = make_cast(prefix="lain-")
    job = ask(other, other.coordinator, {"format": "xlsx"}).json()
    generate_report.call(job["id"])
    text = token_for(cast.coordinator)
    for path in (f"/reports/{job['id']}", f"/reports/{job['id']}/file", "/reports/999999"):
        response = get(path, text)
        assert response.status_code == 404, path
        assert "lain-" not in response.content.decode()


def test_who_may_not_see_the_evaluation_may_not_ask(cast, queued):
    for user in (cast.outsider, cast.external_assessor):
        response = ask(cast, user, {"format": "pdf"})
        assert response.status_code == 404
    assert not ReportJob.objects.exists()


def test_a_read_only_token_may_not_ask(cast, queued):
    response = ask(cast, cast.coordinator, {"format": "pdf"}, scope="read")
    assert response.status_code == 403 and not ReportJob.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"format": "odt"}, "format"),
        ({}, "format"),
        ({"format": "pdf", "kind": "ringkasan"}, "kind"),
        ({"format": "xlsx", "kind": "interview_pack"}, "format"),
    ],
)
def test_a_bad_format_or_kind_is_422_naming_the_field(cast, queued, body, field):
    response = ask(cast, cast.coordinator, body)
    assert response.status_code == 422
    assert field in response.json()["fields"]
    assert not ReportJob.objects.exists()


def test_the_interview_pack_is_refused_for_an_evaluation_without_items(cast, queued):
    response = ask(cast, cast.coordinator, {"format": "pdf", "kind": "interview_pack"})
    assert response.status_code == 422 and response.json()["code"] == "refused"
