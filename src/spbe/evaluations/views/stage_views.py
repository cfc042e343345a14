"""Stage windows: an evaluation's own (its koordinator), and the national windows of a
framework's year (the installation admin), copied to every agency's evaluation.

Everyone who may see an evaluation reads its windows; only the koordinator changes them
(``item_policy.can_set_stage_windows``). The national page is the admin's alone: anyone else
gets the 403 page. A refused window is shown at its field, in the user's language, with 422.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spbe.catalog.selectors import frameworks_with_revisions, revision_has_items
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.refusals import refusal_status, render_refused
from spbe.evaluations.item_policy import can_set_national_windows, can_set_stage_windows
from spbe.evaluations.models import Evaluation
from spbe.evaluations.selectors import evaluation_for
from spbe.evaluations.stage_forms import StageWindowsForm
from spbe.evaluations.stage_selectors import (
    evaluation_stage_today,
    evaluation_stage_windows,
    evaluations_of_year,
    national_stage_windows,
    national_windows_entered,
)
from spbe.evaluations.stage_services import (
    national_windows_copy,
    national_windows_set,
    stage_windows_from_national,
    stage_windows_set,
)
from spbe.organizations.actors import Actor, actor_for
from spbe.schedule.stages import Stage
from spbe.scoring.values import whole_number

STAGES = "evaluations/stages.html"
NATIONAL = "evaluations/national_windows.html"
# The services name the stage a refused window belongs to.
STAGE_FIELDS = frozenset(stage.value for stage in Stage)


def _refused_windows(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    form: StageWindowsForm,
    error: ActionRefused,
) -> HttpResponse:
    """The page again with the refusal at the stage's field (the service names the stage)."""
    if error.field in STAGE_FIELDS:
        form.add_error(form.field_of(error.field), error.message)
        context["refusal"] = error.message
        return render(request, template, context, status=refusal_status(error))
    return render_refused(request, template, context, error)


# ------------------------------------------------------------------------------ evaluation


@login_required
@require_http_methods(["GET", "POST"])
def stages(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    if request.method == "GET":
        return render(request, STAGES, stages_context(actor, evaluation))
    action = request.POST.get("action", "")
    if action == "national":
        return _copy_national(request, actor, evaluation)
    if action != "save":
        raise Http404
    form = StageWindowsForm(request.POST)
    context = stages_context(actor, evaluation, form=form)
    try:
        require(can_set_stage_windows(actor, evaluation))
        if not form.is_valid():
            raise ActionRefused(_("Check the dates marked below."))
        changed = stage_windows_set(actor=actor, evaluation=evaluation, windows=form.windows())
    except ActionRefused as error:
        return _refused_windows(request, STAGES, context, form, error)
    messages.success(
        request, _("Stage windows saved.") if changed else _("The stage windows are unchanged.")
    )
    return redirect("evaluations:stages", pk=pk)


def _copy_national(request: HttpRequest, actor: Actor, evaluation: Evaluation) -> HttpResponse:
    try:
        changed = stage_windows_from_national(actor=actor, evaluation=evaluation)
    except ActionRefused as error:
        return render_refused(request, STAGES, stages_context(actor, evaluation), error)
    messages.success(
        request,
        _("The national stage windows were copied.")
        if changed
        else _("The stage windows already are the national ones."),
    )
    return redirect("evaluations:stages", pk=evaluation.pk)


def stages_context(
    actor: Actor, evaluation: Evaluation, *, form: StageWindowsForm | None = None
) -> dict[str, Any]:
    windows = evaluation_stage_windows(evaluation)
    framework = evaluation.revision.framework
    return {
        "evaluation": evaluation,
        "windows": windows,
        "stage": evaluation_stage_today(evaluation, today=timezone.localdate()),
        "national": national_stage_windows(framework.code, evaluation.year),
        "can_set": can_set_stage_windows(actor, evaluation),
        "form": form or StageWindowsForm(initial=StageWindowsForm.initial_of(windows)),
    }


# ------------------------------------------------------------------------------ national


@login_required
@require_http_methods(["GET", "POST"])
def national_windows(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    require(can_set_national_windows(actor))
    source = request.POST if request.method == "POST" else request.GET
    framework_code, year = _chosen(source)
    if request.method == "GET":
        return render(request, NATIONAL, national_context(framework_code, year))
    action = request.POST.get("action", "")
    if action == "copy":
        return _national_copy(request, actor, framework_code, year)
    if action != "save":
        raise Http404
    form = StageWindowsForm(request.POST)
    context = national_context(framework_code, year, form=form)
    try:
        if not form.is_valid():
            raise ActionRefused(_("Check the dates marked below."))
        changed = national_windows_set(
            actor=actor, framework_code=framework_code, year=year, windows=form.windows()
        )
    except ActionRefused as error:
        return _refused_windows(request, NATIONAL, context, form, error)
    messages.success(
        request,
        _("National stage windows saved.")
        if changed
        else _("The national stage windows are unchanged."),
    )
    return redirect(_national_url(framework_code, year))


def _national_copy(
    request: HttpRequest, actor: Actor, framework_code: str, year: int
) -> HttpResponse:
    try:
        count = national_windows_copy(actor=actor, framework_code=framework_code, year=year)
    except ActionRefused as error:
        return render_refused(request, NATIONAL, national_context(framework_code, year), error)
    messages.success(
        request,
        _("The national stage windows were copied to %(count)s evaluation(s).") % {"count": count},
    )
    return redirect(_national_url(framework_code, year))


def _chosen(source: Any) -> tuple[str, int]:
    """The framework and year asked for: by default the first framework with items, this year."""
    frameworks = list(frameworks_with_revisions())
    codes = {framework.code for framework in frameworks}
    code = source.get("kerangka", "")
    if code not in codes:
        with_items = [
            framework.code
            for framework in frameworks
            if any(revision_has_items(revision) for revision in framework.revisions.all())
        ]
        code = (with_items or sorted(codes) or [""])[0]
    year = whole_number(source.get("tahun", ""))
    if year is None or not 2000 <= year <= 2100:
        year = timezone.localdate().year
    return code, year


def _national_url(framework_code: str, year: int) -> str:
    query = urlencode({"kerangka": framework_code, "tahun": str(year)})
    return f"{reverse('evaluations:national_windows')}?{query}"


def national_context(
    framework_code: str, year: int, *, form: StageWindowsForm | None = None
) -> dict[str, Any]:
    windows = national_stage_windows(framework_code, year)
    frameworks = list(frameworks_with_revisions())
    titles = {framework.code: framework.short_title for framework in frameworks}
    return {
        "frameworks": frameworks,
        "framework_code": framework_code,
        "framework_title": titles.get(framework_code, framework_code),
        "year": year,
        "windows": windows,
        "entered": national_windows_entered(),
        "evaluation_count": evaluations_of_year(framework_code, year),
        "form": form or StageWindowsForm(initial=StageWindowsForm.initial_of(windows)),
    }
