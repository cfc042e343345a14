"""The koordinator's item list (butir) of an evaluation: add, rename, retire, and import the
national portal's list with a preview of what changes.

Everyone who may see the evaluation reads the list; the changes are the koordinator's until
the Penilaian Dokumen begins (``item_policy.can_manage_items``), and each is audited by its
service. Only a revision with items has the page (404 otherwise).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from spbe.catalog.selectors import revision_has_items
from spbe.core.access import require
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.core.refusals import render_refused
from spbe.core.uploads import limited_upload, upload_too_large
from spbe.evaluations.external_services import ImportRefused
from spbe.evaluations.item_admin_forms import (
    ItemAddForm,
    ItemImportConfirmForm,
    ItemImportForm,
    ItemRenameForm,
    ItemRetireForm,
)
from spbe.evaluations.item_import import (
    MAX_UPLOAD_BYTES,
    ItemImportPlan,
    items_import,
    items_preview,
)
from spbe.evaluations.item_policy import can_manage_items
from spbe.evaluations.item_selectors import evaluation_items, item_for
from spbe.evaluations.item_services import item_add, item_rename, item_retire, parse_item_code
from spbe.evaluations.models import Assessment, Evaluation, EvaluationItem
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.evaluations.stage_selectors import evaluation_stage_today
from spbe.organizations.actors import Actor, actor_for

ITEMS = "evaluations/items.html"
IMPORT = "evaluations/items_import.html"
TOO_LARGE = gettext_lazy(
    "The file is larger than 1 MB; the portal's item list is a few hundred kilobytes."
)


@dataclass(frozen=True)
class LevelItems:
    level: int
    items: list[EvaluationItem]  # retired ones included, marked
    without_items_in_source: bool

    @property
    def active(self) -> int:
        return sum(not item.retired for item in self.items)


@dataclass(frozen=True)
class IndicatorItems:
    assessment: Assessment
    levels: list[LevelItems]


def _evaluation_with_items(actor: Actor, pk: int) -> Evaluation:
    evaluation = evaluation_for(actor, pk)
    if not revision_has_items(evaluation.revision):
        raise Http404
    return evaluation


@login_required
@require_http_methods(["GET", "POST"])
def items(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = _evaluation_with_items(actor, pk)
    if request.method == "GET":
        return render(request, ITEMS, items_context(actor, evaluation))
    action = ACTIONS.get(request.POST.get("action", ""))
    if action is None:
        raise Http404
    submitted: dict[str, Any] = {}
    try:
        message = action(request, actor, evaluation, submitted)
    except ActionRefused as error:
        context = items_context(actor, evaluation)
        context.update(submitted)
        return render_refused(request, ITEMS, context, error)
    messages.success(request, message)
    return redirect("evaluations:items", pk=pk)


def items_context(actor: Actor, evaluation: Evaluation) -> dict[str, Any]:
    """The list per indicator and level (retired items too), and whether it may change."""
    stage = evaluation_stage_today(evaluation, today=timezone.localdate())
    assessments = evaluation_assessments(evaluation)
    by_level: dict[tuple[int, int], list[EvaluationItem]] = {}
    for item in evaluation_items(evaluation, include_retired=True):
        by_level.setdefault((item.assessment_id, item.level), []).append(item)
    indicators = [
        IndicatorItems(
            assessment=assessment,
            levels=[
                LevelItems(
                    level=level,
                    items=by_level.get((assessment.pk, level), []),
                    without_items_in_source=level in assessment.indicator.levels_without_items,
                )
                for level, _criterion in assessment.indicator.criteria_levels()
                if level >= 1
            ],
        )
        for assessment in assessments
    ]
    return {
        "evaluation": evaluation,
        "indicators": indicators,
        "stage": stage,
        "can_manage": can_manage_items(actor, evaluation, stage),
        "add_form": ItemAddForm(),
    }


def _bound(form_class: type, request: HttpRequest, submitted: dict[str, Any], name: str) -> Any:
    form = form_class(request.POST)
    submitted.update({name: form, "failed_form": form})
    if not form.is_valid():
        raise ActionRefused(_("Check the fields marked below."))
    return form


def _add(
    request: HttpRequest, actor: Actor, evaluation: Evaluation, submitted: dict[str, Any]
) -> str:
    form = _bound(ItemAddForm, request, submitted, "add_form")
    item = item_add(
        actor=actor,
        evaluation=evaluation,
        indicator_number=form.cleaned_data["indicator"],
        level=form.cleaned_data["level"],
        text=form.cleaned_data["text"],
        today=timezone.localdate(),
    )
    return _("Item %(code)s added.") % {"code": item.code}


def _rename(
    request: HttpRequest, actor: Actor, evaluation: Evaluation, submitted: dict[str, Any]
) -> str:
    form = _bound(ItemRenameForm, request, submitted, "rename_form")
    code = form.cleaned_data["code"]
    submitted.update(failed_code=code, failed_indicator=(parse_item_code(code) or (0, 0))[0])
    item = item_rename(
        actor=actor,
        item=item_for(evaluation, code),
        version=form.cleaned_data["version"],
        text=form.cleaned_data["text"],
        today=timezone.localdate(),
    )
    return _("Item %(code)s renamed.") % {"code": item.code}


def _retire(
    request: HttpRequest, actor: Actor, evaluation: Evaluation, submitted: dict[str, Any]
) -> str:
    form = _bound(ItemRetireForm, request, submitted, "retire_form")
    item = item_retire(
        actor=actor,
        item=item_for(evaluation, form.cleaned_data["code"]),
        version=form.cleaned_data["version"],
        today=timezone.localdate(),
    )
    return _("Item %(code)s retired; it no longer counts.") % {"code": item.code}


ACTIONS = {"add": _add, "rename": _rename, "retire": _retire}


# ------------------------------------------------------------------------------ import


def _session_key(evaluation: Evaluation) -> str:
    return f"spbe.items_import.{evaluation.pk}"


@limited_upload(limit=MAX_UPLOAD_BYTES)
@login_required
@require_http_methods(["GET", "POST"])
def items_import_page(request: HttpRequest, pk: int) -> HttpResponse:
    """Choose the file, see what it changes, then confirm: the file is kept in the session
    between the two steps, with the fingerprint of the plan shown."""
    actor = actor_for(request.user)
    evaluation = _evaluation_with_items(actor, pk)
    today = timezone.localdate()
    context: dict[str, Any] = {"evaluation": evaluation, "form": ItemImportForm()}
    stage = evaluation_stage_today(evaluation, today=today)
    context["can_manage"] = can_manage_items(actor, evaluation, stage)
    if request.method == "GET":
        return render(request, IMPORT, context)
    # The services check the same rule; refusing here first answers a confirmation without
    # a preview from someone who may not import with 403, not with "the preview has expired".
    require(context["can_manage"])
    if "fingerprint" in request.POST:
        return _confirm(request, actor, evaluation, context)
    form = ItemImportForm(request.POST, request.FILES)
    context.update(form=form, failed_form=form)
    if upload_too_large(request):
        return render_refused(request, IMPORT, context, ActionRefused(str(TOO_LARGE), field="file"))
    if not form.is_valid():
        return render(request, IMPORT, context, status=422)
    content = form.cleaned_data["file"].read()
    try:
        plan = items_preview(actor=actor, evaluation=evaluation, content=content, today=today)
    except ImportRefused as error:
        context["row_errors"] = error.errors
        return render_refused(request, IMPORT, context, error)
    except ActionRefused as error:
        return render_refused(request, IMPORT, context, error)
    return _show_preview(request, evaluation, context, plan, content)


def _show_preview(
    request: HttpRequest,
    evaluation: Evaluation,
    context: dict[str, Any],
    plan: ItemImportPlan,
    content: bytes,
    *,
    status: int = 200,
) -> HttpResponse:
    if plan.changes:
        request.session[_session_key(evaluation)] = {
            "content": base64.b64encode(content).decode("ascii"),
            "fingerprint": plan.fingerprint,
        }
    else:
        request.session.pop(_session_key(evaluation), None)
    context.update(
        plan=plan,
        confirm_form=ItemImportConfirmForm(initial={"fingerprint": plan.fingerprint}),
    )
    return render(request, IMPORT, context, status=status)


def _confirm(
    request: HttpRequest, actor: Actor, evaluation: Evaluation, context: dict[str, Any]
) -> HttpResponse:
    kept = request.session.get(_session_key(evaluation))
    form = ItemImportConfirmForm(request.POST)
    if not kept or not form.is_valid() or form.cleaned_data["fingerprint"] != kept["fingerprint"]:
        expired = ActionRefused(_("The preview has expired. Choose the file again."))
        return render_refused(request, IMPORT, context, expired)
    content = base64.b64decode(kept["content"])
    today = timezone.localdate()
    try:
        outcome = items_import(
            actor=actor,
            evaluation=evaluation,
            content=content,
            today=today,
            expected=kept["fingerprint"],
        )
    except StaleVersion as error:
        # Show what the file would change now, to be confirmed again.
        context["refusal"] = error.message
        plan = items_preview(actor=actor, evaluation=evaluation, content=content, today=today)
        return _show_preview(request, evaluation, context, plan, content, status=409)
    except ActionRefused as error:
        request.session.pop(_session_key(evaluation), None)
        if isinstance(error, ImportRefused):
            context["row_errors"] = error.errors
        return render_refused(request, IMPORT, context, error)
    request.session.pop(_session_key(evaluation), None)
    messages.success(
        request,
        _("%(count)s item(s) changed from the portal's list.") % {"count": outcome.changed},
    )
    return redirect("evaluations:items", pk=evaluation.pk)
