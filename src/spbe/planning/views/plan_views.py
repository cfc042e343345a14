"""The planning page: gap to target, what-if, the optimal plan and its cost curve, step costs."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from spbe.catalog.error_wording import describe_scoring_error
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.access import require
from spbe.core.errors import ActionRefused
from spbe.core.refusals import render_refused
from spbe.evaluations.models import Evaluation
from spbe.evaluations.scores import IndexKind
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.organizations.actors import Actor, actor_for
from spbe.planner.errors import PlanningInputError
from spbe.planner.target import parse_target
from spbe.planning.charts import curve_svg
from spbe.planning.cost_editor import costs_editor
from spbe.planning.curve_cache import cached_front
from spbe.planning.page_fragments import curve_table_key, plan_tables_key, whatif_values_key
from spbe.planning.planner_wording import describe_planning_error, describe_unreachable
from spbe.planning.policy import can_edit_plan
from spbe.planning.selectors import plan_assessments, planning_view
from spbe.planning.services import actions_from_target
from spbe.planning.values import default_kind
from spbe.scoring import ScoringInputError, score
from spbe.scoring.values import validate_value

TEMPLATE = "planning/plan.html"


def _choices(
    request: HttpRequest, evaluation: Evaluation, assessments: list
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
    context, status = _plan_context(request, actor, evaluation)
    return render(request, TEMPLATE, context, status=status)


def _plan_context(
    request: HttpRequest, actor: Actor, evaluation: Evaluation
) -> tuple[dict[str, Any], int]:
    """The page's context, and 422 if the target asked for or the stored costs are wrong."""
    assessments = plan_assessments(evaluation)
    kind, target, target_error = _choices(request, evaluation, assessments)
    context: dict[str, Any] = {
        "evaluation": evaluation,
        "assessments": assessments,
        "kind": kind,
        "kinds": IndexKind.choices,
        "target": target,
        "target_error": target_error,
        "can_manage": can_edit_plan(actor, evaluation),
    }
    if context["can_manage"]:
        context.update(costs_editor(evaluation))
    status = 422 if target_error else 200
    try:
        # The curve is read from the cache only when its chart or its table is drawn.
        view = planning_view(
            evaluation, assessments, kind=kind, target=target, with_plan=True, with_curve=False
        )
    except PlanningInputError as error:
        context["refusal"] = describe_planning_error(error)
        return context, 422
    low, high = int(view.framework.value_range.minimum), int(view.framework.value_range.maximum)
    level_options = list(range(low, high + 1))
    context.update(
        view=view,
        result=view.gap.result,
        values=view.values,
        level_options=level_options,
        assessment_of={assessment.indicator.number: assessment for assessment in assessments},
        whatif_values_key=whatif_values_key(
            view.gap, view.framework.value_range.integer_only, level_options
        ),
    )
    if view.plan is not None and not view.plan.reachable:
        context["unreachable"] = describe_unreachable(view.plan)
    if view.front_key is not None:
        key = view.front_key
        # Both the chart and the table's fragment are cached under the curve's key: a warm
        # page does not unpickle its ≈1,000 points.
        front: Any = SimpleLazyObject(
            lambda: cached_front(
                view.framework, view.values, costs=view.costs, year=evaluation.year, key=key
            )
        )
        context["front"] = front
        context["curve_svg"] = curve_svg(front, target, name=key)
        context["curve_table_key"] = curve_table_key(key)
        context["plan_tables_key"] = plan_tables_key(key, target, assessments)
    return context, status


def plan_refused(
    request: HttpRequest, actor: Actor, evaluation: Evaluation, error: ActionRefused, **kept: Any
) -> HttpResponse:
    """The planning page again with the refusal and what the user typed (``kept``)."""
    context, _status = _plan_context(request, actor, evaluation)
    if "costs_form" in kept:
        # The table as the user filled it, with its errors: not the stored one from the cache.
        context.pop("costs_table_key", None)
    context.update(kept)
    return render_refused(request, TEMPLATE, context, error)


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
def create_actions(request: HttpRequest, pk: int) -> HttpResponse:
    actor = actor_for(request.user)
    evaluation = evaluation_for(actor, pk)
    try:
        require(can_edit_plan(actor, evaluation))
        assessments = evaluation_assessments(evaluation)
        kind, target, target_error = _choices(request, evaluation, assessments)
        if target_error:
            raise ActionRefused(target_error, field="target")
        created = actions_from_target(
            actor=actor,
            evaluation=evaluation,
            target=target,
            kind=kind,
            deadline=evaluation.self_assessment_deadline,
        )
    except ActionRefused as error:
        return plan_refused(request, actor, evaluation, error)
    messages.success(
        request, _("%(count)s action(s) added to the action plan.") % {"count": len(created)}
    )
    return redirect("planning:actions", pk=pk)
