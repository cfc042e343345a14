"""The evaluation list, creation, the overview with its indicator table, and state changes."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from spbe.catalog.selectors import revision_has_items, revision_scoring_framework
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.pagination import requested_page
from spbe.core.refusals import render_refused
from spbe.evaluations import policy
from spbe.evaluations.forms import EvaluationCreateForm
from spbe.evaluations.models import AssessmentState, Evaluation, EvaluationState
from spbe.evaluations.scores import all_indices
from spbe.evaluations.selectors import (
    assessments_filtered,
    evaluation_assessments,
    evaluation_for,
    visible_evaluations,
)
from spbe.evaluations.services import (
    EVALUATION_FLOW,
    evaluation_advance,
    evaluation_create,
    external_assessor_candidates,
    external_assessor_set,
)
from spbe.organizations.actors import Actor, actor_for
from spbe.organizations.models import Agency
from spbe.scoring.values import whole_number


@login_required
def evaluation_list(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    # The installation administrator sees every agency's evaluations: a page at a time.
    pages = requested_page(
        request, visible_evaluations(actor).order_by("agency__name", "-year", "pk")
    )
    can_create = policy.can_create_evaluation(actor, actor.agency_id)
    return render(
        request,
        "evaluations/list.html",
        {"evaluations": pages.page, "pages": pages, "can_create": can_create},
    )


@login_required
@require_http_methods(["GET", "POST"])
def evaluation_new(request: HttpRequest) -> HttpResponse:
    actor = actor_for(request.user)
    require(policy.can_create_evaluation(actor, actor.agency_id))
    assert actor.agency_id is not None, "only a member of an agency may create one"
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


DETAIL = "evaluations/detail.html"


@login_required
def evaluation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    context = detail_context(
        actor, evaluation, state=request.GET.get("status", ""), unit=request.GET.get("unit", "")
    )
    return render(request, DETAIL, context)


def detail_context(
    actor: Actor, evaluation: Evaluation, *, state: str = "", unit: str = ""
) -> dict[str, Any]:
    """The overview with its indicator table, filtered by indicator state and lead unit."""
    assessments = evaluation_assessments(evaluation)
    framework = revision_scoring_framework(evaluation.revision)
    # A unit that is not a number matches no indicator, as an unknown unit does.
    shown = assessments_filtered(
        assessments, state=state, lead_unit_id=(whole_number(unit) or 0) if unit else None
    )
    can_set_assessors = policy.can_set_external_assessors(actor, evaluation)
    assessors = list(evaluation.external_assessors.all()) if can_set_assessors else []
    return {
        "evaluation": evaluation,
        "assessments": shown,
        "total": len(assessments),
        "indices": all_indices(
            framework, assessments, year=evaluation.year, target=evaluation.target
        ).values(),
        "can_manage": policy.can_manage_evaluation(actor, evaluation),
        "can_assign": policy.can_assign(actor, evaluation),
        "can_record_external": policy.can_record_external(actor, evaluation),
        # Pemdi's item list and stage windows: a capability of the revision, not of Pemdi.
        "has_items": revision_has_items(evaluation.revision),
        "can_set_assessors": can_set_assessors,
        "assessors": assessors,
        "assessor_candidates": [
            user for user in external_assessor_candidates() if user not in assessors
        ]
        if can_set_assessors
        else [],
        "next_state": EVALUATION_FLOW.get(EvaluationState(evaluation.state)),
        "units": evaluation.agency.units.all(),
        "status_filter": state,
        "state_choices": AssessmentState.choices,
        "unit_filter": unit,
        "transitions": evaluation.transitions.filter(assessment__isnull=True).select_related("by"),
    }


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
        return render_refused(request, DETAIL, detail_context(actor, evaluation), error)
    messages.success(
        request, _("The evaluation is now: %(state)s.") % {"state": evaluation.get_state_display()}
    )
    return redirect("evaluations:detail", pk=pk)


@login_required
@require_POST
def external_assessor(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    candidates = {user.pk: user for user in external_assessor_candidates()}
    user = candidates.get(whole_number(request.POST.get("assessor")) or 0)
    try:
        require(policy.can_set_external_assessors(actor, evaluation))
        if user is None:
            raise ActionRefused(_("Choose an external assessor."), field="assessor")
        external_assessor_set(
            actor=actor,
            evaluation=evaluation,
            user=user,
            assigned=request.POST.get("assigned") != "0",
        )
    except ActionRefused as error:
        return render_refused(request, DETAIL, detail_context(actor, evaluation), error)
    messages.success(request, _("External assessors updated."))
    return redirect("evaluations:detail", pk=pk)
