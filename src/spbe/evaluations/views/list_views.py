"""The evaluation list, creation, the overview with its indicator table, and state changes."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.errors import ActionRefused
from spbe.core.refusals import render_refused
from spbe.evaluations import permissions
from spbe.evaluations.forms import EvaluationCreateForm
from spbe.evaluations.models import AssessmentState, EvaluationState
from spbe.evaluations.scores import all_indices
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for, visible_evaluations
from spbe.evaluations.services import (
    EVALUATION_FLOW,
    evaluation_advance,
    evaluation_create,
    external_assessor_candidates,
    external_assessor_set,
)
from spbe.organizations.actors import actor_for
from spbe.organizations.models import Agency
from spbe.scoring.values import whole_number


@login_required
def evaluation_list(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    evaluations = visible_evaluations(actor).order_by("agency__name", "-year")
    can_create = actor.agency_id is not None and permissions.can_create_evaluation(
        actor, actor.agency_id
    )
    return render(
        request, "evaluations/list.html", {"evaluations": evaluations, "can_create": can_create}
    )


@login_required
@require_http_methods(["GET", "POST"])
def evaluation_new(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    if actor.agency_id is None or not permissions.can_create_evaluation(actor, actor.agency_id):
        raise PermissionDenied
    agency = Agency.objects.get(pk=actor.agency_id)
    form = EvaluationCreateForm(request.POST or None)
    context = {"form": form, "agency": agency, "failed_form": form}
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "evaluations/new.html", context, status=422)
        try:
            evaluation = evaluation_create(
                actor=actor,
                agency=agency,
                year=form.cleaned_data["year"],
                framework_code=form.cleaned_data["framework"].code,
                target=form.cleaned_data["target"],
                self_assessment_deadline=form.cleaned_data["self_assessment_deadline"],
                review_deadline=form.cleaned_data["review_deadline"],
            )
        except ActionRefused as error:
            return render_refused(request, "evaluations/new.html", context, error)
        messages.success(request, _("The evaluation was opened. Assign its indicators to units."))
        return redirect("evaluations:assignments", pk=evaluation.pk)
    return render(request, "evaluations/new.html", context)


@login_required
def evaluation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    assessments = evaluation_assessments(evaluation)
    framework = revision_scoring_framework(evaluation.revision)
    state = request.GET.get("status", "")
    unit = request.GET.get("unit", "")
    shown = [
        a
        for a in assessments
        if (not state or a.state == state) and (not unit or str(a.lead_unit_id) == unit)
    ]
    next_state = EVALUATION_FLOW.get(EvaluationState(evaluation.state))
    return render(
        request,
        "evaluations/detail.html",
        {
            "evaluation": evaluation,
            "assessments": shown,
            "total": len(assessments),
            "indices": all_indices(
                framework, assessments, year=evaluation.year, target=evaluation.target
            ).values(),
            "can_manage": permissions.can_manage_evaluation(actor, evaluation),
            "can_assign": permissions.can_assign(actor, evaluation),
            "can_record_external": permissions.can_record_external(actor, evaluation),
            "next_state": next_state,
            "units": evaluation.agency.units.all(),
            "status_filter": state,
            "state_choices": AssessmentState.choices,
            "unit_filter": unit,
            "transitions": evaluation.transitions.filter(assessment__isnull=True).select_related(
                "by"
            ),
        },
    )


@login_required
@require_POST
def evaluation_next(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    try:
        evaluation = evaluation_advance(
            actor=actor, evaluation=evaluation, note=request.POST.get("note", "")
        )
    except ActionRefused as error:
        messages.error(request, error.message)
        return redirect("evaluations:detail", pk=pk)
    messages.success(
        request, _("The evaluation is now: %(state)s.") % {"state": evaluation.get_state_display()}
    )
    return redirect("evaluations:detail", pk=pk)


@login_required
@require_POST
def external_assessor(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    if not (actor.is_admin or permissions.can_manage_evaluation(actor, evaluation)):
        raise PermissionDenied
    candidates = {user.pk: user for user in external_assessor_candidates()}
    user = candidates.get(whole_number(request.POST.get("assessor")) or 0)
    if user is None:
        messages.error(request, _("Choose an external assessor."))
        return redirect("evaluations:detail", pk=pk)
    external_assessor_set(
        actor=actor, evaluation=evaluation, user=user, assigned=request.POST.get("assigned") != "0"
    )
    messages.success(request, _("External assessors updated."))
    return redirect("evaluations:detail", pk=pk)
