"""Report generation as a job to poll: ask (202 with the job), follow its status, download the
file once done. Through the report page's own service (``reports.services.report_request``:
anyone who may view the evaluation, ``reports.policy``), its selectors and its background task
(Django tasks: immediate in development and tests, ``spbe db_worker`` in production)."""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Router, Status

from spbe.api.errors import error_body
from spbe.api.idempotency import idempotent
from spbe.api.report_schemas import ReportJobOut, ReportRequestIn
from spbe.api.schemas import ErrorOut
from spbe.evaluations.selectors import evaluation_for
from spbe.organizations.actors import actor_for
from spbe.reports.models import JobStatus, ReportFormat, ReportJob, ReportKind
from spbe.reports.render import CONTENT_TYPES
from spbe.reports.selectors import downloadable_job, visible_job
from spbe.reports.services import report_request

router = Router(tags=["reports"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut}
JOB_PATH = "/api/v1/reports/{job_id}"


def job_out(job: ReportJob) -> ReportJobOut:
    url = JOB_PATH.format(job_id=job.pk)
    done = job.status == JobStatus.DONE and bool(job.file)
    return ReportJobOut(
        id=job.pk,
        evaluation_id=job.evaluation_id,
        kind=ReportKind(job.kind),
        format=ReportFormat(job.format),
        status=JobStatus(job.status),
        label=job.label,
        error=job.error,
        stuck=job.looks_stuck,
        size=job.size,
        requested_by=job.created_by.get_username() if job.created_by else None,
        created_at=job.created_at,
        started_at=job.started_at,
        finished_at=job.finished_at,
        url=url,
        file_url=f"{url}/file" if done else None,
    )


@router.post(
    "/evaluations/{evaluation_id}/reports",
    response={202: ReportJobOut, **ERRORS, 422: ErrorOut},
    summary="Ask for a report: a job to poll",
)
@idempotent
def report_ask(
    request: HttpRequest, response: HttpResponse, evaluation_id: int, body: ReportRequestIn
) -> Status[ReportJobOut]:
    """The same report already on its way is answered with its job instead of a second one;
    ``Location`` names the job to poll."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, evaluation_id)
    job = report_request(actor=actor, evaluation=evaluation, fmt=body.format, kind=body.kind)
    job.refresh_from_db()  # the immediate backend may have rendered it already
    shown = job_out(job)
    response["Location"] = shown.url
    return Status(202, shown)


@router.get("/reports/{job_id}", response={200: ReportJobOut, **ERRORS}, summary="A report job")
def report_job(request: HttpRequest, job_id: int) -> ReportJobOut:
    """Poll ``status``: queued, running, then done (``file_url`` to download) or failed."""
    return job_out(visible_job(actor_for(request.user), job_id))


@router.get(
    "/reports/{job_id}/file",
    response={200: None, **ERRORS, 409: ErrorOut},
    summary="Download a finished report",
    openapi_extra={
        "responses": {
            200: {
                "description": "The report file",
                "content": {
                    content_type: {"schema": {"type": "string", "format": "binary"}}
                    for content_type in CONTENT_TYPES.values()
                },
            }
        }
    },
)
def report_file(request: HttpRequest, job_id: int) -> FileResponse | Status[dict[str, Any]]:
    """409 while the job is queued or running; 404 if it failed."""
    job = visible_job(actor_for(request.user), job_id)
    if job.in_progress:
        detail = _("The report is not ready yet: poll the job until its status is done.")
        return Status(409, error_body(detail, "not_ready"))
    job = downloadable_job(job.evaluation, job.pk)
    response = FileResponse(
        job.file.open("rb"),
        as_attachment=True,
        filename=job.download_name,
        content_type=CONTENT_TYPES[ReportFormat(job.format)],
    )
    response["Cache-Control"] = "private, no-store"
    return response
