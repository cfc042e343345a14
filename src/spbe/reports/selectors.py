"""Reading report jobs. The evaluation always comes from ``evaluation_for`` (404 otherwise)."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from spbe.evaluations.models import Evaluation
from spbe.evaluations.selectors import evaluation_for
from spbe.organizations.actors import Actor
from spbe.reports.models import JobStatus, ReportJob

SHOWN_JOBS = 15


def evaluation_jobs(evaluation: Evaluation) -> QuerySet[ReportJob]:
    """The latest jobs of a visible evaluation, newest first, with who asked."""
    return ReportJob.objects.filter(evaluation=evaluation).select_related("created_by")[:SHOWN_JOBS]


def downloadable_job(evaluation: Evaluation, job_pk: int) -> ReportJob:
    """A finished job of this evaluation with its file; 404 for anything else."""
    job = ReportJob.objects.filter(evaluation=evaluation, pk=job_pk, status=JobStatus.DONE).first()
    if job is None or not job.file:
        raise Http404
    return job


def visible_job(actor: Actor, job_pk: int) -> ReportJob:
    """A job of an evaluation the actor may see (``evaluation_for``); 404 for any other."""
    job = ReportJob.objects.select_related("created_by").filter(pk=job_pk).first()
    if job is None:
        raise Http404
    job.evaluation = evaluation_for(actor, job.evaluation_id)
    return job
