"""Importing the national portal's results as a page: upload, preview, apply all or nothing.

1. The koordinator or an assigned assessor uploads a CSV or XLSX file. The page shows every
   change the file makes, item by item and field by field (old → new), and writes nothing.
2. The file stays on the server, in the user's session (``core.staged_uploads``), with the
   changes that were shown; the confirmation carries only a token.
3. Applying runs the import on exactly those bytes and only if it would still make exactly the
   changes shown (``results_import(expected=…)``); if someone changed a record in between,
   nothing is applied and the new preview is shown (409).

A bad row refuses the whole file, each row with its error (422). A file that changes nothing,
such as the same file a second time, says so and offers nothing to apply.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from spbe.core.errors import ActionRefused, NotAllowed, StaleVersion
from spbe.core.refusals import CONFLICT, FORBIDDEN, UNPROCESSABLE, render_refused
from spbe.core.staged_uploads import discard_upload, stage_upload, staged_upload
from spbe.core.uploads import limited_upload, upload_too_large
from spbe.evaluations.assessor_forms import ResultsUploadForm
from spbe.evaluations.external_services import ImportRefused
from spbe.evaluations.models import Evaluation
from spbe.evaluations.result_import import (
    MAX_UPLOAD_BYTES,
    ResultChange,
    ResultPlan,
    results_import,
    results_preview,
)
from spbe.evaluations.views.assessor_views import assessor_page_context, pemdi_evaluation_for
from spbe.organizations.actors import Actor, actor_for

TEMPLATE = "evaluations/results_import.html"


def _key(evaluation: Evaluation) -> str:
    return f"pemdi-results:{evaluation.pk}"


def _context(actor: Actor, evaluation: Evaluation, **extra: Any) -> dict[str, Any]:
    context = assessor_page_context(actor, evaluation)
    context.update(
        form=ResultsUploadForm(),
        field_labels={
            "status": _("Verdict"),
            "note": _("Note (catatan)"),
            "value": _("Assessor's value"),
            "recommendation": _("Recommendation (rekomendasi)"),
        },
    )
    context.update(extra)
    return context


@limited_upload(limit=MAX_UPLOAD_BYTES)
@login_required
@require_http_methods(["GET", "POST"])
def results_upload(request: HttpRequest, pk: int) -> HttpResponse:
    """The upload form; a posted file answers with its preview."""
    actor = actor_for(request.user)
    evaluation = pemdi_evaluation_for(actor, pk)
    context = _context(actor, evaluation)
    if not context["can_import"]:
        context["refusal"] = str(context["can_import"].reason)
        return render(request, TEMPLATE, context, status=FORBIDDEN)
    if request.method == "GET":
        return render(request, TEMPLATE, context)
    form = ResultsUploadForm(request.POST, request.FILES)
    context["form"] = form
    if upload_too_large(request) or (
        form.is_valid() and form.cleaned_data["file"].size > MAX_UPLOAD_BYTES
    ):
        context["refusal"] = _("The file is larger than 1 MB; a result file is a few kilobytes.")
        return render(request, TEMPLATE, context, status=UNPROCESSABLE)
    if not form.is_valid():
        context["refusal"] = _("Choose a CSV or XLSX file.")
        return render(request, TEMPLATE, context, status=UNPROCESSABLE)
    upload = form.cleaned_data["file"]
    content = upload.read()
    try:
        plan = results_preview(
            actor=actor, evaluation=evaluation, content=content, today=timezone.localdate()
        )
    except ImportRefused as error:
        context.update(refusal=error.message, row_errors=error.errors)
        return render(request, TEMPLATE, context, status=UNPROCESSABLE)
    except ActionRefused as error:
        return render_refused(request, TEMPLATE, context, error)
    return _preview(request, actor, evaluation, plan, name=upload.name, content=content)


@login_required
@require_POST
def results_apply(request: HttpRequest, pk: int) -> HttpResponse:
    """Apply the previewed file, exactly as previewed, or nothing."""
    actor = actor_for(request.user)
    evaluation = pemdi_evaluation_for(actor, pk)
    context = _context(actor, evaluation)
    staged = staged_upload(request, _key(evaluation), request.POST.get("token", ""))
    if staged is None:
        context["refusal"] = _(
            "This preview is no longer available (it was applied, replaced by another file, or "
            "your session ended). Nothing was applied: upload the file again."
        )
        return render(request, TEMPLATE, context, status=UNPROCESSABLE)
    expected = [ResultChange(*change) for change in staged.meta["changes"]]
    try:
        plan = results_import(
            actor=actor,
            evaluation=evaluation,
            content=staged.content,
            today=timezone.localdate(),
            expected=expected,
        )
    except StaleVersion as error:
        # Show what the file would change now; the user applies that one if it is right.
        try:
            fresh = results_preview(
                actor=actor,
                evaluation=evaluation,
                content=staged.content,
                today=timezone.localdate(),
            )
        except ImportRefused as refused:
            discard_upload(request, _key(evaluation))
            context.update(refusal=refused.message, row_errors=refused.errors)
            return render(request, TEMPLATE, context, status=UNPROCESSABLE)
        return _preview(
            request,
            actor,
            evaluation,
            fresh,
            name=staged.name,
            content=staged.content,
            refusal=error.message,
            status=CONFLICT,
        )
    except ImportRefused as error:
        discard_upload(request, _key(evaluation))
        context.update(refusal=error.message, row_errors=error.errors)
        return render(request, TEMPLATE, context, status=UNPROCESSABLE)
    except NotAllowed as error:
        return render_refused(request, TEMPLATE, context, error)
    except ActionRefused as error:
        discard_upload(request, _key(evaluation))
        return render_refused(request, TEMPLATE, context, error)
    discard_upload(request, _key(evaluation))
    if plan.changes:
        messages.success(
            request,
            _("%(count)s change(s) from %(name)s applied.")
            % {"count": len(plan.changes), "name": staged.name},
        )
    else:
        messages.info(request, _("Nothing changed: the results already match the file."))
    return redirect("evaluations:assessor_results", pk=pk)


def _preview(
    request: HttpRequest,
    actor: Actor,
    evaluation: Evaluation,
    plan: ResultPlan,
    *,
    name: str,
    content: bytes,
    refusal: str = "",
    status: int = 200,
) -> HttpResponse:
    """The page with the plan; a plan with changes is kept for its confirmation."""
    context = _context(actor, evaluation, plan=plan, file_name=name)
    if refusal:
        context["refusal"] = refusal
    if plan.changes:
        staged = stage_upload(
            request,
            _key(evaluation),
            name=name,
            content=content,
            meta={"changes": [_plain(change) for change in plan.changes]},
        )
        context["token"] = staged.token
    else:
        discard_upload(request, _key(evaluation))
    return render(request, TEMPLATE, context, status=status)


def _plain(change: ResultChange) -> list[object]:
    return [change.line, change.subject, change.field, change.old, change.new]
