"""The reports' notification: the report someone asked for is ready, or failed.

Called by ``services.job_finish`` and ``job_fail`` in their transaction, inside the task's
``translation.override`` of the requester's language, so the message is in their language.
"""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from spbe.evaluations.event_wording import evaluation_label
from spbe.evaluations.policy import can_view_evaluation
from spbe.notifications.services import notify
from spbe.organizations.actors import actor_for
from spbe.reports.models import JobStatus, ReportJob

REPORT_READY = "report-ready"
REPORT_FAILED = "report-failed"


def job_ended(job: ReportJob) -> None:
    """Tell the person who asked, if they may still view the evaluation."""
    requester = job.created_by
    evaluation = job.evaluation
    if requester is None or not can_view_evaluation(actor_for(requester), evaluation):
        return
    what = {"report": job.label, "evaluation": evaluation_label(evaluation)}
    if job.status == JobStatus.DONE:
        notify(
            recipients=[requester],
            kind=REPORT_READY,
            title=_("Your report is ready: %(report)s, %(evaluation)s") % what,
            body=_("Open the link to download it."),
            link=reverse("reports:download", args=[evaluation.pk, job.pk]),
            agency=evaluation.agency,
        )
    else:
        notify(
            recipients=[requester],
            kind=REPORT_FAILED,
            title=_("Your report could not be made: %(report)s, %(evaluation)s") % what,
            body=job.error,
            link=reverse("reports:panel", args=[evaluation.pk]),
            agency=evaluation.agency,
        )
