"""The planning page: gap to target, what-if, the optimal plan and its cost curve, step costs."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from spbe.catalog.error_wording import describe_scoring_error
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.errors import ActionRefused
from spbe.evaluations.permissions import can_manage_evaluation
from spbe.evaluations.scores import IndexKind
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.organizations.actors import actor_for
from spbe.planner.errors import PlanningInputError
from spbe.planner.target import parse_target
from spbe.planning.charts import curve_svg
from spbe.planning.models import PlanCosts
from spbe.planning.planner_wording import describe_planning_error, describe_unreachable
from spbe.planning.selectors import planning_view
from spbe.planning.services import actions_from_plan, plan_costs_update
from spbe.planning.values import default_kind
from spbe.scoring import ScoringInputError, score
from spbe.scoring.values import validate_value

TEMPLATE = "planning/plan.html"


def _choices(
    request: HttpRequest, evaluation: Any, assessments: list
) -> tuple[IndexKind, Decimal, str | None]:
    kinds = {kind.value: kind for kind in IndexKind}
    kind = kinds.get(request.GET.get("dasar", ""), default_kind(assessments))
    raw_target = request.GET.get("target")
    if not raw_target:
        return kind, evaluation.target, None
    framework = revision_scoring_framework(evaluation.revision)
    try:
        return kind, parse_target(framework, raw_target), None
    except PlanningInputError as error:
        return kind, evaluation.target, describe_planning_error(error)


@login_required
def plan_page(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    assessments = evaluation_assessments(evaluation)
    kind, target, target_error = _choices(request, evaluation, assessments)
    context: dict[str, Any] = {
        "evaluation": evaluation,
        "assessments": assessments,
        "kind": kind,
        "kinds": IndexKind.choices,
        "target": target,
        "target_error": target_error,
        "can_manage": can_manage_evaluation(actor, evaluation),
        "costs_text": json.dumps(
            PlanCosts.objects.filter(evaluation=evaluation).values_list("costs", flat=True).first()
            or {},
            indent=1,
            ensure_ascii=False,
        ),
    }
    status = 200
    try:
        view = planning_view(evaluation, assessments, kind=kind, target=target, with_plan=True)
    except PlanningInputError as error:
        context["refusal"] = describe_planning_error(error)
        status = 422
    else:
        low, high = int(view.framework.value_range.minimum), int(view.framework.value_range.maximum)
        context.update(
            view=view,
            result=view.gap.result,
            values=view.values,
            level_options=list(range(low, high + 1)),
        )
        if view.plan is not None and not view.plan.reachable:
            context["unreachable"] = describe_unreachable(view.plan)
        if view.front is not None:
            context["curve_svg"] = curve_svg(view.front, target)
    return render(request, TEMPLATE, context, status=422 if target_error else status)


@login_required
@require_POST
def what_if(request: HttpRequest, pk: int) -> HttpResponse:
    """Score changed values on the server with the one engine; answer with the results partial."""
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    framework = revision_scoring_framework(evaluation.revision)
    values = {}
    try:
        for indicator in framework.indicators:
            raw = request.POST.get(f"v_{indicator.number}", "")
            values[indicator.number] = validate_value(framework, indicator, raw)
    except ScoringInputError as error:
        context = {"evaluation": evaluation, "whatif_error": describe_scoring_error(error)}
        return render(request, f"{TEMPLATE}#whatif-results", context, status=422)
    try:
        target = parse_target(framework, request.POST.get("target") or str(evaluation.target))
    except PlanningInputError as error:
        context = {"evaluation": evaluation, "whatif_error": describe_planning_error(error)}
        return render(request, f"{TEMPLATE}#whatif-results", context, status=422)
    result = score(framework, values, year=evaluation.year)
    return render(
        request,
        f"{TEMPLATE}#whatif-results",
        {"evaluation": evaluation, "result": result, "target": target},
    )


@login_required
@require_POST
def costs_update(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    try:
        plan_costs_update(actor=actor, evaluation=evaluation, text=request.POST.get("costs", ""))
    except ActionRefused as error:
        messages.error(request, error.message)
        return redirect("planning:plan", pk=pk)
    messages.success(request, _("Step costs saved."))
    return redirect("planning:plan", pk=pk)


@login_required
@require_POST
def create_actions(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    if not can_manage_evaluation(actor, evaluation):
        raise PermissionDenied
    assessments = evaluation_assessments(evaluation)
    kind, target, target_error = _choices(request, evaluation, assessments)
    if target_error:
        messages.error(request, target_error)
        return redirect("planning:plan", pk=pk)
    try:
        view = planning_view(evaluation, assessments, kind=kind, target=target, with_plan=True)
    except PlanningInputError as error:
        messages.error(request, describe_planning_error(error))
        return redirect("planning:plan", pk=pk)
    assert view.plan is not None
    try:
        created = actions_from_plan(
            actor=actor,
            evaluation=evaluation,
            plan=view.plan,
            deadline=evaluation.self_assessment_deadline,
        )
    except ActionRefused as error:
        messages.error(request, error.message)
        return redirect("planning:plan", pk=pk)
    messages.success(
        request, _("%(count)s action(s) added to the action plan.") % {"count": len(created)}
    )
    return redirect("planning:actions", pk=pk)
