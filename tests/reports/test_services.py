"""Asking for a report (who may, the audit event, what a refusal leaves) and a job's progress.

``tests/reports/test_jobs.py`` walks the whole flow through the worker and the pages; this
module holds each service function to its own promises.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import translation

from spbe.audit.models import AuditEvent
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import Evaluation, EvaluationState
from spbe.reports.models import STUCK_AFTER, JobStatus, ReportFormat, ReportJob
from spbe.reports.render import CONTENT_TYPES, RenderedReport
from spbe.reports.services import (
    MAX_OPEN_JOBS_PER_USER,
    job_fail,
    job_finish,
    job_start,
    report_request,
)
from tests.cast import Cast, make_cast
from tests.clock import CAST_DAY
from tests.reports.builders import report_job

pytestmark = pytest.mark.dates


def ask(cast: Cast, user: Any, fmt: str = "xlsx", evaluation: Evaluation | None = None):
    with translation.override("en"):
        return report_request(
            actor=cast.actor(user), evaluation=evaluation or cast.evaluation, fmt=fmt
        )


def report_rows() -> tuple[list[Any], list[Any]]:
    """What a request writes: the jobs and the audit events."""
    return (
        list(ReportJob.objects.order_by("pk").values_list("pk", "status", "format", "created_by")),
        list(AuditEvent.objects.order_by("pk").values_list("pk", "action")),
    )


def submit(evaluation: Evaluation) -> None:
    Evaluation.objects.filter(pk=evaluation.pk).update(state=EvaluationState.SUBMITTED)
    evaluation.refresh_from_db()


# -------------------------------------------------------------------------------- report_request


def test_a_request_creates_a_queued_job_in_the_askers_language(cast, queued):
    with translation.override("id"):
        job = report_request(actor=cast.actor(cast.pic), evaluation=cast.evaluation, fmt="pdf")
    stored = ReportJob.objects.get()
    assert stored == job
    assert (stored.evaluation, stored.format, stored.status) == (
        cast.evaluation,
        ReportFormat.PDF,
        JobStatus.QUEUED,
    )
    assert (stored.language, stored.created_by) == ("id", cast.pic)
    assert (stored.file.name, stored.size, stored.started_at) == ("", None, None)


def test_a_request_is_audited_for_the_evaluations_agency_as_the_askers_act(cast, queued):
    job = ask(cast, cast.leadership, "docx")
    event = AuditEvent.objects.get(action="report.request")
    assert (event.actor, event.agency) == (cast.leadership, cast.agency)
    assert (event.object_type, event.object_id) == ("reports.reportjob", str(job.pk))
    assert event.data == {"evaluation": cast.evaluation.pk, "kind": "evaluation", "format": "docx"}
    assert event.summary == "Word document of 2026 requested"


def test_the_job_goes_to_the_worker_only_once_its_row_is_committed(
    cast, queued, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        job = ask(cast, cast.coordinator)
        assert queued == []
    assert len(callbacks) == 1
    assert queued == [job.pk]


def test_a_request_undone_with_its_transaction_never_reaches_the_worker(
    cast, queued, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        ask(cast, cast.coordinator)
        raise RuntimeError("the surrounding change failed")
    assert queued == []
    assert not ReportJob.objects.exists()


def test_the_same_report_on_its_way_is_returned_without_a_new_row_or_event(cast, queued):
    first = ask(cast, cast.coordinator)
    before = report_rows()
    assert ask(cast, cast.leadership).pk == first.pk
    assert report_rows() == before


def test_a_finished_or_failed_report_is_asked_again_as_a_new_job(cast, queued):
    done = report_job(cast.evaluation, by=cast.coordinator, content=b"PK")
    failed = report_job(cast.evaluation, by=cast.coordinator, fmt=ReportFormat.PDF)
    job_fail(failed, "x")
    assert ask(cast, cast.coordinator, "xlsx").pk not in (done.pk, failed.pk)
    assert ask(cast, cast.coordinator, "pdf").pk not in (done.pk, failed.pk)


def test_the_same_format_of_another_evaluation_is_a_job_of_its_own(cast, queued):
    other = make_cast(prefix="lain-")
    mine = ask(cast, cast.admin)
    theirs = ask(cast, cast.admin, evaluation=other.evaluation)
    assert mine.pk != theirs.pk
    assert (mine.evaluation, theirs.evaluation) == (cast.evaluation, other.evaluation)


@pytest.mark.parametrize("fmt", ["odt", "PDF", "", "pdf "])
def test_a_format_not_on_the_list_is_refused_and_nothing_is_written(cast, queued, fmt):
    before = report_rows()
    with pytest.raises(ActionRefused) as error:
        ask(cast, cast.coordinator, fmt)
    assert (error.value.field, error.value.message) == (
        "format",
        "Choose a report format from the list.",
    )
    assert report_rows() == before
    assert queued == []


def test_everyone_who_reads_the_agencys_evaluation_may_ask(cast, queued):
    askers = (cast.coordinator, cast.pic, cast.other_pic, cast.internal_assessor, cast.leadership)
    for user, fmt in zip(askers, ("pdf", "xlsx", "docx", "pptx", "pdf"), strict=True):
        ReportJob.objects.filter(format=fmt).delete()
        assert ask(cast, user, fmt).created_by == user


def test_another_agencys_koordinator_and_any_external_assessor_are_refused_before_submission(
    cast, queued
):
    before = report_rows()
    for user in (cast.outsider, cast.external_assessor, cast.unassigned_assessor):
        with pytest.raises(PermissionDenied):
            ask(cast, user)
    assert report_rows() == before
    assert queued == []


def test_the_assigned_external_assessor_may_ask_once_the_evaluation_is_submitted(cast, queued):
    submit(cast.evaluation)
    assert ask(cast, cast.external_assessor).created_by == cast.external_assessor


def test_an_unassigned_external_assessor_is_refused_even_after_submission(cast, queued):
    submit(cast.evaluation)
    with pytest.raises(PermissionDenied):
        ask(cast, cast.unassigned_assessor)
    assert not ReportJob.objects.exists()


def test_a_person_at_the_limit_is_refused_with_the_limit_in_the_message(cast, queued):
    for fmt in ReportFormat:
        report_job(cast.evaluation, by=cast.admin, fmt=fmt)
    other = make_cast(prefix="lain-")
    before = report_rows()
    with pytest.raises(ActionRefused) as error:
        ask(cast, cast.admin, "pdf", evaluation=other.evaluation)
    assert f"already have {MAX_OPEN_JOBS_PER_USER} reports being generated" in error.value.message
    assert report_rows() == before
    assert queued == []


def test_the_limit_counts_a_persons_open_jobs_only(cast, queued):
    for fmt in list(ReportFormat)[:MAX_OPEN_JOBS_PER_USER]:
        report_job(cast.evaluation, by=cast.coordinator, fmt=fmt)
    # The same reports are on their way, so the leader is given them without a limit.
    assert ask(cast, cast.leadership, "pdf").created_by == cast.coordinator


def test_finished_failed_and_stuck_jobs_do_not_count_towards_the_limit(cast, queued):
    formats = list(ReportFormat)
    report_job(cast.evaluation, by=cast.coordinator, fmt=formats[0], content=b"PK")
    report_job(cast.evaluation, by=cast.coordinator, fmt=formats[1], status=JobStatus.FAILED)
    stuck = report_job(cast.evaluation, by=cast.coordinator, fmt=formats[2])
    ReportJob.objects.filter(pk=stuck.pk).update(
        created_at=CAST_DAY - STUCK_AFTER - datetime.timedelta(minutes=1)
    )
    for fmt in formats:
        assert ask(cast, cast.coordinator, fmt.value).status == JobStatus.QUEUED


# ----------------------------------------------------------------------------------- job_start


def test_starting_a_queued_job_marks_it_running_with_the_time(cast, time_machine):
    job = report_job(cast.evaluation, by=cast.coordinator)
    time_machine.move_to(CAST_DAY, tick=False)
    started = job_start(job.pk)
    assert started is not None
    assert (started.status, started.started_at) == (JobStatus.RUNNING, CAST_DAY)
    job.refresh_from_db()
    assert (job.status, job.started_at) == (JobStatus.RUNNING, CAST_DAY)


def test_a_started_job_comes_with_what_rendering_needs_in_one_query(
    cast, django_assert_num_queries
):
    job = report_job(cast.evaluation, by=cast.coordinator)
    with django_assert_num_queries(2):  # the update that takes the job, the read
        started = job_start(job.pk)
        assert started is not None
        assert started.evaluation.agency.name == "Kota Uji"
        assert started.evaluation.revision.framework.code == "spbe-2020"


@pytest.mark.parametrize("status", [JobStatus.RUNNING, JobStatus.DONE, JobStatus.FAILED])
def test_a_job_that_is_not_queued_is_not_started_again(cast, status):
    job = report_job(cast.evaluation, by=cast.coordinator, status=status)
    assert job_start(job.pk) is None
    job.refresh_from_db()
    assert (job.status, job.started_at) == (status, None)


def test_a_job_that_no_longer_exists_is_not_started(cast):
    pk = report_job(cast.evaluation, by=cast.coordinator).pk
    ReportJob.objects.filter(pk=pk).delete()
    assert job_start(pk) is None
    assert not ReportJob.objects.exists()


# ------------------------------------------------------------------------- job_finish, job_fail


def test_a_finished_job_stores_its_file_under_a_random_directory(cast, time_machine):
    job = report_job(cast.evaluation, by=cast.coordinator, status=JobStatus.RUNNING)
    time_machine.move_to(CAST_DAY, tick=False)
    report = RenderedReport(
        b"PK\x03\x04 isi", "lembar-kerja.xlsx", CONTENT_TYPES[ReportFormat.XLSX]
    )
    job_finish(job, report)
    job.refresh_from_db()
    assert (job.status, job.size, job.finished_at) == (
        JobStatus.DONE,
        len(report.content),
        CAST_DAY,
    )
    assert re.fullmatch(r"reports/[0-9a-f]{32}/lembar-kerja\.xlsx", job.file.name)
    with job.file.open("rb") as handle:
        assert handle.read() == b"PK\x03\x04 isi"
    assert job.download_name == "lembar-kerja.xlsx"


def test_two_files_of_the_same_name_never_share_a_directory(cast):
    first = report_job(cast.evaluation, by=cast.coordinator, content=b"1")
    second = report_job(cast.evaluation, by=cast.pic, content=b"2")
    assert first.file.name.rsplit("/", 1)[0] != second.file.name.rsplit("/", 1)[0]
    assert first.download_name == second.download_name


def test_a_failed_job_keeps_the_message_for_the_person_waiting(cast, time_machine):
    job = report_job(cast.evaluation, by=cast.coordinator, status=JobStatus.RUNNING)
    time_machine.move_to(CAST_DAY, tick=False)
    job_fail(job, "Laporan tidak dapat dibuat.")
    job.refresh_from_db()
    assert (job.status, job.error, job.finished_at) == (
        JobStatus.FAILED,
        "Laporan tidak dapat dibuat.",
        CAST_DAY,
    )
    assert not job.file and job.size is None
    assert not job.in_progress
