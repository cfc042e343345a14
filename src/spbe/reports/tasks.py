"""Background work of the reports: render one requested report and store the file.

Run by Django's tasks framework: immediately in development and tests, by ``spbe db_worker``
in production (``SPBE_TASKS=database``). The job row carries the status the page shows.
"""

from __future__ import annotations

import logging

from django.tasks import task
from django.utils import translation
from django.utils.translation import gettext as _

from spbe.core.errors import ActionRefused
from spbe.organizations.actors import SYSTEM, actor_for
from spbe.reports.models import ReportFormat, ReportKind
from spbe.reports.render import render_report
from spbe.reports.services import job_fail, job_finish, job_start

logger = logging.getLogger(__name__)


@task
def generate_report(job_id: int) -> str:
    """Render the job's report in the language of the person who asked for it."""
    job = job_start(job_id)
    if job is None:
        return "skipped"
    # A job whose requester was deleted is rendered by the system, which sees everything.
    requester = actor_for(job.created_by) if job.created_by else SYSTEM
    finished = False
    with translation.override(job.language):
        try:
            report = render_report(
                job.evaluation, ReportFormat(job.format), requester, ReportKind(job.kind)
            )
            job_finish(job, report)
            finished = True
        except ActionRefused as refused:
            # A refusal the person can act on (the PDF's time or memory limit): say it as is.
            job_fail(job, refused.message)
            finished = True
            return "failed"
        finally:
            if not finished:
                # Whatever went wrong, the person waiting must see that the report failed;
                # the error itself propagates to the task backend and the log.
                logger.error("Report job %s failed", job_id)
                job_fail(
                    job,
                    _(
                        "The report could not be generated because of an unexpected error. "
                        "Ask again; if it fails again, tell your administrator (job %(job)s)."
                    )
                    % {"job": job_id},
                )
    return "done"
