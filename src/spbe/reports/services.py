"""Writes of the reports app: asking for a report, and a job's progress.

Who may ask for a report, and who shares its jobs and files: ``reports.policy``.
"""

from __future__ import annotations

import logging
from functools import partial

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from spbe.audit.services import audit_record
from spbe.catalog.selectors import revision_has_items
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import Evaluation
from spbe.organizations.actors import Actor
from spbe.reports.events import job_ended
from spbe.reports.models import (
    KIND_FORMATS,
    STUCK_AFTER,
    JobStatus,
    ReportFormat,
    ReportJob,
    ReportKind,
)
from spbe.reports.policy import can_request_report
from spbe.reports.render import RenderedReport

logger = logging.getLogger(__name__)

MAX_OPEN_JOBS_PER_USER = 4


def report_request(
    *, actor: Actor, evaluation: Evaluation, fmt: str, kind: str = ReportKind.EVALUATION
) -> ReportJob:
    """Queue a report; an identical one already on its way is returned instead of a second."""
    require(can_request_report(actor, evaluation))
    report_kind, report_format = _checked_kind_and_format(evaluation, kind, fmt)
    fresh = timezone.now() - STUCK_AFTER
    with transaction.atomic():
        open_jobs = ReportJob.objects.filter(
            status__in=(JobStatus.QUEUED, JobStatus.RUNNING), created_at__gte=fresh
        )
        same = open_jobs.filter(
            evaluation=evaluation, kind=report_kind, format=report_format
        ).first()
        if same is not None:
            return same
        if open_jobs.filter(created_by=actor.user).count() >= MAX_OPEN_JOBS_PER_USER:
            raise ActionRefused(
                _(
                    "You already have %(count)s reports being generated; wait until one is "
                    "ready, then ask again."
                )
                % {"count": MAX_OPEN_JOBS_PER_USER}
            )
        job = ReportJob.objects.create(
            evaluation=evaluation,
            kind=report_kind,
            format=report_format,
            language=translation.get_language() or "id",
            created_by=actor.user,
        )
        audit_record(
            actor=actor.user,
            action="report.request",
            target=job,
            agency=evaluation.agency,
            summary=_("%(report)s of %(year)s requested")
            % {"report": job.label, "year": evaluation.year},
            data={
                "evaluation": evaluation.pk,
                "kind": report_kind.value,
                "format": report_format.value,
            },
        )
        # The worker must see the job row, so the task is queued once the row is committed.
        transaction.on_commit(partial(_enqueue, job.pk))
    return job


def _checked_kind_and_format(
    evaluation: Evaluation, kind: str, fmt: str
) -> tuple[ReportKind, ReportFormat]:
    try:
        report_kind = ReportKind(kind)
    except ValueError as error:
        raise ActionRefused(_("Choose a report from the list."), field="kind") from error
    try:
        report_format = ReportFormat(fmt)
    except ValueError as error:
        raise ActionRefused(_("Choose a report format from the list."), field="format") from error
    if report_format not in KIND_FORMATS[report_kind]:
        raise ActionRefused(
            _("The %(report)s is made as %(formats)s only.")
            % {
                "report": report_kind.label,
                "formats": ", ".join(f.value.upper() for f in KIND_FORMATS[report_kind]),
            },
            field="format",
        )
    if report_kind is ReportKind.INTERVIEW_PACK and not revision_has_items(evaluation.revision):
        raise ActionRefused(
            _("The interview pack is made for evaluations whose indicators have evidence items.")
        )
    return report_kind, report_format


def _enqueue(job_id: int) -> None:
    from spbe.reports.tasks import generate_report

    generate_report.enqueue(job_id)


def job_start(job_id: int) -> ReportJob | None:
    """Mark a queued job running; None if another worker took it or it no longer exists."""
    taken = ReportJob.objects.filter(pk=job_id, status=JobStatus.QUEUED).update(
        status=JobStatus.RUNNING, started_at=timezone.now()
    )
    if not taken:
        return None
    return (
        ReportJob.objects.select_related("evaluation__agency", "evaluation__revision__framework")
        .defer("evaluation__revision__document")
        .get(pk=job_id)
    )


@transaction.atomic
def job_finish(job: ReportJob, report: RenderedReport) -> ReportJob:
    """Store the file under a random path in the default storage, mark the job done and tell
    the person who asked."""
    job.file.save(report.filename, ContentFile(report.content), save=False)
    job.size = len(report.content)
    job.status = JobStatus.DONE
    job.finished_at = timezone.now()
    job.save(update_fields=["file", "size", "status", "finished_at"])
    job_ended(job)
    return job


@transaction.atomic
def job_fail(job: ReportJob, message: str) -> ReportJob:
    """Mark the job failed with the reason and tell the person who asked."""
    job.status = JobStatus.FAILED
    job.error = message
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "error", "finished_at"])
    job_ended(job)
    return job
