"""Report jobs: who may ask and download, the status flow, the stored file, the panel."""

from __future__ import annotations

import datetime
import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from django.utils import timezone, translation

from spbe.core.errors import ActionRefused
from spbe.evaluations.models import EvaluationState
from spbe.reports.models import JobStatus, ReportFormat, ReportJob
from spbe.reports.services import MAX_OPEN_JOBS_PER_USER, report_request
from spbe.reports.tasks import generate_report
from tests.cast import PASSWORD, make_cast

pytestmark = pytest.mark.dates


def login(client, user):
    client.login(username=user.username, password=PASSWORD)
    client.cookies["django_language"] = "en"
    return client


def ask(cast, user, fmt=ReportFormat.XLSX):
    with translation.override("en"):
        return report_request(actor=cast.actor(user), evaluation=cast.evaluation, fmt=fmt)


def test_a_request_queues_a_job_and_the_task_stores_the_file(
    cast, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        job = ask(cast, cast.leadership)
    assert job.status == JobStatus.QUEUED and queued == [job.pk]
    assert job.language == "en" and job.created_by == cast.leadership
    assert generate_report.call(job.pk) == "done"
    job.refresh_from_db()
    assert job.status == JobStatus.DONE and job.size and job.started_at and job.finished_at
    assert re.fullmatch(
        r"reports/[0-9a-f]{32}/lembar-kerja-indikator-kota-uji-2026-spbe-2020\.xlsx", job.file.name
    )
    assert job.file.read(4) == b"PK\x03\x04"


def test_the_worker_does_not_run_a_job_twice(cast, queued):
    job = ask(cast, cast.coordinator)
    ReportJob.objects.filter(pk=job.pk).update(status=JobStatus.RUNNING)
    assert generate_report.call(job.pk) == "skipped"


def test_a_failed_rendering_marks_the_job_failed_with_a_message(cast, queued, monkeypatch):
    def broken(evaluation, fmt, actor, kind):
        raise RuntimeError("disk full")

    monkeypatch.setattr("spbe.reports.tasks.render_report", broken)
    job = ask(cast, cast.coordinator)
    with pytest.raises(RuntimeError):
        generate_report.call(job.pk)
    job.refresh_from_db()
    assert job.status == JobStatus.FAILED
    assert "could not be generated" in job.error and str(job.pk) in job.error
    assert not job.file


def test_the_same_report_already_on_its_way_is_not_asked_twice(cast, queued):
    first = ask(cast, cast.coordinator)
    assert ask(cast, cast.leadership).pk == first.pk
    assert ask(cast, cast.coordinator, ReportFormat.DOCX).pk != first.pk


def test_a_job_that_lost_its_worker_can_be_asked_again(cast, queued):
    first = ask(cast, cast.coordinator)
    ReportJob.objects.filter(pk=first.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=1)
    )
    first.refresh_from_db()
    assert first.looks_stuck
    assert ask(cast, cast.coordinator).pk != first.pk


def test_one_person_has_a_few_reports_on_their_way_at_most(cast, queued):
    for fmt in list(ReportFormat)[:MAX_OPEN_JOBS_PER_USER]:
        ask(cast, cast.admin, fmt)
    other = make_cast(prefix="x-")
    with pytest.raises(ActionRefused):
        report_request(actor=cast.actor(cast.admin), evaluation=other.evaluation, fmt="pdf")


def test_anyone_who_may_view_the_evaluation_may_ask_and_no_one_else(cast, queued):
    for user in (cast.coordinator, cast.pic, cast.internal_assessor, cast.leadership, cast.admin):
        ReportJob.objects.all().delete()
        assert ask(cast, user).status == JobStatus.QUEUED
    for user in (cast.outsider, cast.external_assessor):
        with pytest.raises(PermissionDenied):
            ask(cast, user)


def test_an_unknown_format_is_refused(cast, queued):
    with pytest.raises(ActionRefused):
        ask(cast, cast.coordinator, "odt")


# ---------------------------------------------------------------------------------- the pages


def panel_url(cast):
    return reverse("reports:panel", args=[cast.evaluation.pk])


def test_the_panel_polls_while_a_report_is_generated_then_offers_the_download(client, cast, queued):
    job = ask(cast, cast.coordinator)
    page = login(client, cast.leadership).get(panel_url(cast)).content.decode()
    assert 'hx-trigger="every 2s"' in page and 'data-status="queued"' in page
    assert '<progress aria-label="Queued">' in page
    generate_report.call(job.pk)
    partial = client.get(reverse("reports:jobs", args=[cast.evaluation.pk]))
    body = partial.content.decode()
    assert partial.status_code == 200 and body.lstrip().startswith('<div id="report-jobs"')
    assert "hx-trigger" not in body and "<progress" not in body
    assert reverse("reports:download", args=[cast.evaluation.pk, job.pk]) in body


def test_asking_on_the_page_generates_the_report_right_away_with_the_immediate_backend(
    client, cast, django_capture_on_commit_callbacks
):
    login(client, cast.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("reports:request", args=[cast.evaluation.pk]), {"format": "docx"}
        )
    assert response.status_code == 302
    job = ReportJob.objects.get()
    assert job.status == JobStatus.DONE and job.language == "en"
    download = client.get(reverse("reports:download", args=[cast.evaluation.pk, job.pk]))
    assert download.status_code == 200
    assert download["Content-Disposition"].startswith("attachment; filename=")
    assert (
        "catatan-dan-berita-acara-kota-uji-2026-spbe-2020.docx" in download["Content-Disposition"]
    )
    assert download["Cache-Control"] == "private, no-store"
    assert b"".join(download.streaming_content).startswith(b"PK\x03\x04")


def test_a_bad_request_on_the_page_is_answered_422(client, cast, queued):
    response = login(client, cast.coordinator).post(
        reverse("reports:request", args=[cast.evaluation.pk]), {"format": "odt"}
    )
    assert response.status_code == 422
    assert not ReportJob.objects.exists()


def test_another_agency_gets_404_on_the_panel_and_the_download(client, cast, queued):
    job = ask(cast, cast.coordinator)
    generate_report.call(job.pk)
    login(client, cast.outsider)
    assert client.get(panel_url(cast)).status_code == 404
    assert client.get(reverse("reports:jobs", args=[cast.evaluation.pk])).status_code == 404
    assert (
        client.get(reverse("reports:download", args=[cast.evaluation.pk, job.pk])).status_code
        == 404
    )
    assert (
        client.post(
            reverse("reports:request", args=[cast.evaluation.pk]), {"format": "pdf"}
        ).status_code
        == 404
    )


def test_a_job_is_downloaded_only_through_its_own_evaluation(client, cast, queued):
    job = ask(cast, cast.coordinator)
    generate_report.call(job.pk)
    own = make_cast(prefix="own-")
    login(client, own.coordinator)
    assert (
        client.get(reverse("reports:download", args=[own.evaluation.pk, job.pk])).status_code == 404
    )


def test_an_unfinished_job_has_nothing_to_download(client, cast, queued):
    job = ask(cast, cast.coordinator)
    response = login(client, cast.coordinator).get(
        reverse("reports:download", args=[cast.evaluation.pk, job.pk])
    )
    assert response.status_code == 404


def test_an_external_assessor_sees_the_reports_once_the_evaluation_is_submitted(
    client, cast, queued
):
    login(client, cast.external_assessor)
    assert client.get(panel_url(cast)).status_code == 404
    type(cast.evaluation).objects.filter(pk=cast.evaluation.pk).update(
        state=EvaluationState.SUBMITTED
    )
    assert client.get(panel_url(cast)).status_code == 200
    login(client, cast.unassigned_assessor)
    assert client.get(panel_url(cast)).status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, cast, queued):
    job = ask(cast, cast.coordinator)
    for url in (
        panel_url(cast),
        reverse("reports:download", args=[cast.evaluation.pk, job.pk]),
        reverse("reports:import", args=[cast.evaluation.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_the_panel_reads_a_fixed_number_of_queries_however_many_jobs(
    client, cast, queued, django_assert_max_num_queries
):
    login(client, cast.coordinator)
    ask(cast, cast.coordinator)
    client.get(panel_url(cast))
    for user in (cast.leadership, cast.pic, cast.internal_assessor):
        for fmt in ReportFormat:
            ReportJob.objects.create(
                evaluation=cast.evaluation, format=fmt, language="en", created_by=user,
                status=JobStatus.FAILED, error="x",
            )  # fmt: skip
    with django_assert_max_num_queries(8):
        assert client.get(panel_url(cast)).status_code == 200
