"""The reports panel of an evaluation: ask for a report, follow it, download it, import claims.

Every view reads the evaluation through ``evaluation_for``, so another agency's evaluation, its
jobs and its files are a 404; files are streamed by ``download`` and never have a public URL.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from spbe.catalog.selectors import revision_has_items
from spbe.core.errors import ActionRefused
from spbe.core.refusals import UNPROCESSABLE, refusal_status, render_refused
from spbe.evaluations.models import Evaluation
from spbe.evaluations.selectors import evaluation_for
from spbe.evaluations.states import CLAIMS_OPEN
from spbe.organizations.actors import actor_for
from spbe.reports.forms import ReportRequestForm, WorkbookImportForm
from spbe.reports.models import KIND_FORMATS, ReportFormat, ReportKind
from spbe.reports.render import CONTENT_TYPES
from spbe.reports.selectors import downloadable_job, evaluation_jobs
from spbe.reports.services import report_request
from spbe.reports.workbook_import import MAX_UPLOAD_BYTES, ImportRefused, claims_import

PANEL = "reports/panel.html"
IMPORT = "reports/import.html"


def _panel_context(evaluation: Evaluation, **extra: Any) -> dict[str, Any]:
    jobs = list(evaluation_jobs(evaluation))
    return {
        "evaluation": evaluation,
        "formats": ReportFormat.choices,
        "pack_formats": [(f.value, f.label) for f in KIND_FORMATS[ReportKind.INTERVIEW_PACK]]
        if revision_has_items(evaluation.revision)
        else [],
        "jobs": jobs,
        "polling": any(job.in_progress and not job.looks_stuck for job in jobs),
        "import_open": evaluation.state in CLAIMS_OPEN,
        **extra,
    }


@login_required
@require_GET
def panel(request: HttpRequest, pk: int) -> HttpResponse:
    evaluation = evaluation_for(actor_for(request.user), pk)
    return render(request, PANEL, _panel_context(evaluation))


@login_required
@require_GET
def jobs(request: HttpRequest, pk: int) -> HttpResponse:
    """The job list alone, polled by htmx while a report is being generated."""
    evaluation = evaluation_for(actor_for(request.user), pk)
    return render(request, f"{PANEL}#jobs", _panel_context(evaluation))


@login_required
@require_POST
def request_report(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    form = ReportRequestForm(request.POST)
    try:
        if not form.is_valid():
            raise ActionRefused(_("Choose a report format from the list."), field="format")
        job = report_request(
            actor=actor,
            evaluation=evaluation,
            fmt=form.cleaned_data["format"],
            kind=form.cleaned_data["kind"],
        )
    except ActionRefused as error:
        return render_refused(request, PANEL, _panel_context(evaluation), error)
    messages.success(
        request,
        _("The %(format)s is being generated; it appears below when it is ready.")
        % {"format": job.label},
    )
    return redirect("reports:panel", pk=pk)


@login_required
@require_GET
def download(request: HttpRequest, pk: int, job_pk: int) -> FileResponse:
    evaluation = evaluation_for(actor_for(request.user), pk)
    job = downloadable_job(evaluation, job_pk)
    response = FileResponse(
        job.file.open("rb"),
        as_attachment=True,
        filename=job.download_name,
        content_type=CONTENT_TYPES[ReportFormat(job.format)],
    )
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["GET", "POST"])
def import_claims(request: HttpRequest, pk: int) -> HttpResponse:
    """Fill or update claims from the exported workbook: every row, or none."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    form = WorkbookImportForm(request.POST or None, request.FILES or None)
    context: dict[str, Any] = {"evaluation": evaluation, "form": form}
    if request.method == "GET":
        return render(request, IMPORT, context)
    if not form.is_valid():
        return render(request, IMPORT, context, status=UNPROCESSABLE)
    upload = form.cleaned_data["file"]
    try:
        outcome = claims_import(actor=actor, evaluation=evaluation, content=_read(upload))
    except ImportRefused as error:
        context.update(refusal=error.message, row_errors=error.errors)
        return render(request, IMPORT, context, status=refusal_status(error))
    except ActionRefused as error:
        return render_refused(request, IMPORT, context, error)
    if outcome.changed:
        messages.success(
            request,
            _(
                "%(changed)s indicator(s) updated: %(submitted)s submitted, %(drafts)s saved as "
                "draft; %(unchanged)s row(s) unchanged."
            )
            % {
                "changed": outcome.changed,
                "submitted": outcome.submitted,
                "drafts": outcome.drafts,
                "unchanged": outcome.unchanged,
            },
        )
    else:
        messages.info(request, _("No row differs from the saved claims; nothing was changed."))
    return redirect("evaluations:detail", pk=pk)


def _read(upload: Any) -> bytes:
    """The upload's bytes, reading at most one byte past the limit (the service refuses it)."""
    return upload.read(MAX_UPLOAD_BYTES + 1)
