"""The external assessors' pages of a Pemdi evaluation: the indicators to work through, and one
indicator's result (value, catatan, rekomendasi, the three flags) with a verdict per item.

Everyone who may see the evaluation reads these pages; an external assessor assigned to it
writes on them during the Penilaian Dokumen and Interviu (``item_policy.can_record_verdict``).
A refused write shows the page again with the reason (403, 409 or 422) and what the user typed;
when someone saved in between (409), the page also shows what they saved.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from spbe.core.access import require
from spbe.core.errors import ActionRefused, StaleVersion
from spbe.core.numbers import form_value
from spbe.core.refusals import render_refused
from spbe.evaluations import policy
from spbe.evaluations.assessor_forms import AssessorResultForm, ItemVerdictForm
from spbe.evaluations.assessor_selectors import (
    IndicatorWork,
    assessor_indicator,
    assessor_overview,
    pemdi_evaluation_for,
)
from spbe.evaluations.assessor_services import assessor_result_save, item_verdict_record
from spbe.evaluations.item_policy import can_import_results, can_record_verdict
from spbe.evaluations.item_selectors import ESTIMATE_LABEL, item_for
from spbe.evaluations.models import Assessment, AssessorResult, Evaluation, EvaluationItem
from spbe.evaluations.selectors import assessment_for
from spbe.evaluations.stage_selectors import evaluation_stage_today
from spbe.evaluations.states import SENT
from spbe.organizations.actors import Actor, actor_for

OVERVIEW = "evaluations/assessor_results.html"
INDICATOR = "evaluations/assessor_indicator.html"


def assessor_page_context(actor: Actor, evaluation: Evaluation) -> dict[str, Any]:
    """What every assessor page shows: the stage, who may write, and, for the koordinator, why
    the assigned assessors may not see the evaluation yet."""
    stage = evaluation_stage_today(evaluation, today=timezone.localdate())
    manages = policy.can_manage_evaluation(actor, evaluation) or policy.can_set_external_assessors(
        actor, evaluation
    )
    assessors = list(evaluation.external_assessors.all()) if manages else []
    return {
        "evaluation": evaluation,
        "stage": stage,
        "can_record": can_record_verdict(actor, evaluation, stage),
        "can_import": can_import_results(actor, evaluation, stage),
        "explains_visibility": bool(manages),
        "not_sent": evaluation.state not in SENT,
        "assessors": assessors,
    }


@login_required
def assessor_results(request: HttpRequest, pk: int) -> HttpResponse:
    """The evaluation's indicators with their items and results, to work through in order."""
    actor = actor_for(request.user)
    evaluation = pemdi_evaluation_for(actor, pk)
    context = assessor_page_context(actor, evaluation)
    context["rows"] = assessor_overview(evaluation)
    return render(request, OVERVIEW, context)


@login_required
@require_http_methods(["GET", "POST"])
def assessor_indicator_page(request: HttpRequest, pk: int, number: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = pemdi_evaluation_for(actor, pk)
    assessment = assessment_for(actor, evaluation, number)
    if request.method == "GET":
        return render(request, INDICATOR, indicator_context(actor, evaluation, assessment))
    handler = HANDLERS.get(request.POST.get("action", ""))
    if handler is None:
        raise Http404
    failed: dict[str, Any] = {}
    try:
        message, anchor = handler(request, actor, evaluation, assessment, failed)
    except ActionRefused as error:
        fresh = assessment_for(actor, evaluation, number)
        context = indicator_context(actor, evaluation, fresh)
        _show_failed_form(context, failed, error)
        return render_refused(request, INDICATOR, context, error)
    messages.success(request, message)
    url = reverse("evaluations:assessor_indicator", args=[pk, number])
    return redirect(f"{url}#{anchor}")


def indicator_context(
    actor: Actor, evaluation: Evaluation, assessment: Assessment
) -> dict[str, Any]:
    work = assessor_indicator(evaluation, assessment)
    context = assessor_page_context(actor, evaluation)
    context.update(
        assessment=assessment,
        indicator=assessment.indicator,
        work=work,
        estimate_label=ESTIMATE_LABEL,
        result=work.result,
        result_form=_result_form(work.result),
        verdict_forms={
            row.item.code: _verdict_form(row.item) for level in work.levels for row in level.items
        },
    )
    return context


def _result_form(result: AssessorResult | None) -> AssessorResultForm:
    if result is None:
        return AssessorResultForm(initial={"version": 0})
    return AssessorResultForm(
        initial={
            "version": result.version,
            "value": form_value(result.value),
            "note": result.note,
            "recommendation": result.recommendation,
            "evidence_uploaded": result.evidence_uploaded,
            "confirmed_at_interview": result.confirmed_at_interview,
            "approved": result.approved,
        }
    )


def _verdict_form(item: EvaluationItem) -> ItemVerdictForm:
    verdict = item.status if item.status in ("diterima", "revisi") else "diterima"
    return ItemVerdictForm(
        initial={
            "version": item.version,
            "status": verdict,
            "note": item.assessor_note,
        },
        prefix=item.code,
    )


def _show_failed_form(
    context: dict[str, Any], failed: dict[str, Any], error: ActionRefused
) -> None:
    """Put the refused form back as the user typed it; after a 409, with the version now saved
    (so that a second click applies the user's input on top of the other person's) and with
    what the other person saved shown next to it."""
    form = failed.get("form")
    if form is None:
        return
    work: IndicatorWork = context["work"]
    if failed["kind"] == "result":
        if isinstance(error, StaleVersion):
            _bump_version(form, work.result.version if work.result else 0)
            context["theirs"] = work.result
        context["result_form"] = form
    else:
        code = failed["code"]
        item = next(
            (row.item for level in work.levels for row in level.items if row.item.code == code),
            None,
        )
        if item is None:
            return
        if isinstance(error, StaleVersion):
            _bump_version(form, item.version)
            context["their_item"] = item
        context["verdict_forms"][code] = form
        context["failed_code"] = code
    context["failed_form"] = form


def _bump_version(form: Any, version: int) -> None:
    data = form.data.copy()
    data[form.add_prefix("version")] = str(version)
    form.data = data


def _save_result(
    request: HttpRequest,
    actor: Actor,
    evaluation: Evaluation,
    assessment: Assessment,
    failed: dict[str, Any],
) -> tuple[str, str]:
    today = timezone.localdate()
    form = AssessorResultForm(request.POST)
    failed.update(kind="result", form=form)
    require(can_record_verdict(actor, evaluation, evaluation_stage_today(evaluation, today=today)))
    if not form.is_valid():
        raise ActionRefused(_("Check the fields marked below."))
    data = form.cleaned_data
    assessor_result_save(
        actor=actor,
        assessment=assessment,
        version=data["version"],
        value=data["value"],
        note=data["note"],
        recommendation=data["recommendation"],
        evidence_uploaded=data["evidence_uploaded"],
        confirmed_at_interview=data["confirmed_at_interview"],
        approved=data["approved"],
        today=today,
    )
    return _("The assessor's result was saved."), "result"


def _record_verdict(
    request: HttpRequest,
    actor: Actor,
    evaluation: Evaluation,
    assessment: Assessment,
    failed: dict[str, Any],
) -> tuple[str, str]:
    today = timezone.localdate()
    code = request.POST.get("code", "")
    item = item_for(evaluation, code)
    if item.assessment_id != assessment.pk:
        raise Http404
    form = ItemVerdictForm(request.POST, prefix=code)
    failed.update(kind="item", form=form, code=code)
    require(can_record_verdict(actor, evaluation, evaluation_stage_today(evaluation, today=today)))
    if not form.is_valid():
        raise ActionRefused(_("Check the fields marked below."))
    item_verdict_record(
        actor=actor,
        item=item,
        version=form.cleaned_data["version"],
        status=form.cleaned_data["status"],
        note=form.cleaned_data["note"],
        today=today,
    )
    return _("Verdict on %(code)s saved.") % {"code": code}, f"item-{code}"


HANDLERS = {"result": _save_result, "verdict": _record_verdict}
