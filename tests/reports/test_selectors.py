"""Reading report jobs: an evaluation's latest jobs, and a job that may be downloaded (404 else).

Both take an evaluation already read through ``evaluation_for``; these tests also walk that
road for the people who must not see it.
"""

from __future__ import annotations

import datetime

import pytest
from django.http import Http404

from spbe.evaluations.models import EvaluationState
from spbe.evaluations.selectors import evaluation_for
from spbe.reports.models import JobStatus, ReportFormat, ReportJob
from spbe.reports.selectors import SHOWN_JOBS, downloadable_job, evaluation_jobs
from tests.cast import make_cast
from tests.reports.builders import report_job

pytestmark = pytest.mark.dates


# ------------------------------------------------------------------------------ evaluation_jobs


def test_an_evaluations_jobs_come_newest_first(cast, time_machine):
    start = datetime.datetime(2026, 11, 2, 8, 0, tzinfo=datetime.UTC)
    for minutes, fmt in enumerate(ReportFormat):
        time_machine.move_to(start + datetime.timedelta(minutes=minutes), tick=False)
        report_job(cast.evaluation, by=cast.coordinator, fmt=fmt)
    assert [job.format for job in evaluation_jobs(cast.evaluation)] == [
        "pptx",
        "docx",
        "xlsx",
        "pdf",
    ]


def test_jobs_asked_in_the_same_moment_come_in_reverse_order_of_asking(cast, time_machine):
    time_machine.move_to(datetime.datetime(2026, 11, 2, 8, 0, tzinfo=datetime.UTC), tick=False)
    first = report_job(cast.evaluation, by=cast.coordinator)
    second = report_job(cast.evaluation, by=cast.pic)
    assert list(evaluation_jobs(cast.evaluation)) == [second, first]


def test_only_the_latest_jobs_are_shown(cast):
    jobs = [report_job(cast.evaluation, by=cast.coordinator) for _ in range(SHOWN_JOBS + 3)]
    shown = list(evaluation_jobs(cast.evaluation))
    assert len(shown) == SHOWN_JOBS
    assert {job.pk for job in shown} == {job.pk for job in jobs[-SHOWN_JOBS:]}


def test_jobs_of_every_status_and_every_asker_are_shown(cast):
    for user, status in (
        (cast.coordinator, JobStatus.QUEUED),
        (cast.leadership, JobStatus.RUNNING),
        (cast.pic, JobStatus.FAILED),
        (cast.internal_assessor, JobStatus.DONE),
    ):
        report_job(cast.evaluation, by=user, status=status)
    shown = evaluation_jobs(cast.evaluation)
    assert {(job.created_by, job.status) for job in shown} == {
        (cast.coordinator, JobStatus.QUEUED),
        (cast.leadership, JobStatus.RUNNING),
        (cast.pic, JobStatus.FAILED),
        (cast.internal_assessor, JobStatus.DONE),
    }


def test_another_evaluations_jobs_are_never_listed(cast):
    other = make_cast(prefix="lain-")
    theirs = report_job(other.evaluation, by=other.coordinator)
    mine = report_job(cast.evaluation, by=cast.coordinator)
    assert list(evaluation_jobs(cast.evaluation)) == [mine]
    assert list(evaluation_jobs(other.evaluation)) == [theirs]


def test_an_evaluation_without_jobs_lists_none(cast):
    assert list(evaluation_jobs(cast.evaluation)) == []


def test_the_jobs_and_who_asked_take_one_query_however_many(cast, django_assert_num_queries):
    for user in (cast.coordinator, cast.pic, cast.leadership, cast.internal_assessor):
        for fmt in ReportFormat:
            report_job(cast.evaluation, by=user, fmt=fmt)
    with django_assert_num_queries(1):
        askers = {job.created_by.username for job in evaluation_jobs(cast.evaluation)}
    assert len(askers) == 4


def test_a_job_of_a_deleted_user_is_still_listed_without_an_asker(cast):
    job = report_job(cast.evaluation, by=cast.pic)
    cast.pic.delete()
    [shown] = evaluation_jobs(cast.evaluation)
    assert (shown.pk, shown.created_by) == (job.pk, None)


# ----------------------------------------------------------------------------- downloadable_job


def test_a_finished_job_with_its_file_may_be_downloaded(cast):
    job = report_job(cast.evaluation, by=cast.coordinator, content=b"PK\x03\x04")
    found = downloadable_job(cast.evaluation, job.pk)
    assert found == job
    with found.file.open("rb") as handle:
        assert handle.read() == b"PK\x03\x04"


@pytest.mark.parametrize("status", [JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.FAILED])
def test_a_job_that_is_not_finished_has_nothing_to_download(cast, status):
    job = report_job(cast.evaluation, by=cast.coordinator, status=status)
    with pytest.raises(Http404):
        downloadable_job(cast.evaluation, job.pk)


def test_a_job_marked_done_without_a_file_has_nothing_to_download(cast):
    job = report_job(cast.evaluation, by=cast.coordinator, status=JobStatus.DONE)
    with pytest.raises(Http404):
        downloadable_job(cast.evaluation, job.pk)


def test_a_job_that_does_not_exist_has_nothing_to_download(cast):
    job = report_job(cast.evaluation, by=cast.coordinator, content=b"PK")
    with pytest.raises(Http404):
        downloadable_job(cast.evaluation, job.pk + 1000)


def test_another_agencys_job_is_not_found_through_ones_own_evaluation(cast):
    other = make_cast(prefix="lain-")
    theirs = report_job(other.evaluation, by=other.coordinator, content=b"rahasia")
    own = evaluation_for(cast.actor(cast.coordinator), cast.evaluation.pk)
    with pytest.raises(Http404):
        downloadable_job(own, theirs.pk)
    assert ReportJob.objects.get(pk=theirs.pk).status == JobStatus.DONE


def test_people_who_may_not_see_the_evaluation_never_reach_its_jobs(cast):
    report_job(cast.evaluation, by=cast.coordinator, content=b"PK")
    for user in (cast.outsider, cast.external_assessor, cast.unassigned_assessor):
        with pytest.raises(Http404):
            evaluation_for(cast.actor(user), cast.evaluation.pk)


def test_everyone_who_may_see_the_evaluation_may_download_its_finished_jobs(cast):
    job = report_job(cast.evaluation, by=cast.coordinator, content=b"PK")
    for user in (cast.pic, cast.other_pic, cast.internal_assessor, cast.leadership, cast.admin):
        evaluation = evaluation_for(cast.actor(user), cast.evaluation.pk)
        assert downloadable_job(evaluation, job.pk) == job


def test_the_assigned_external_assessor_reaches_the_jobs_once_the_evaluation_is_submitted(cast):
    job = report_job(cast.evaluation, by=cast.coordinator, content=b"PK")
    type(cast.evaluation).objects.filter(pk=cast.evaluation.pk).update(
        state=EvaluationState.SUBMITTED
    )
    evaluation = evaluation_for(cast.actor(cast.external_assessor), cast.evaluation.pk)
    assert downloadable_job(evaluation, job.pk) == job
    with pytest.raises(Http404):
        evaluation_for(cast.actor(cast.unassigned_assessor), cast.evaluation.pk)
