"""The plan for a target: the least-cost steps that raise the index to it, computed by the
planning page's own selector (``planning.selectors.planning_view``, the ``spbe.planner``)."""

from __future__ import annotations

from decimal import Decimal

from django.http import HttpRequest
from ninja import Query, Router
from ninja.errors import ValidationError

from spbe.api.plan_schemas import PlanOut, PlanQuery, PlanStepOut
from spbe.api.schemas import errors
from spbe.catalog.selectors import revision_scoring_framework
from spbe.core.errors import ActionRefused
from spbe.evaluations.models import Evaluation
from spbe.evaluations.selectors import evaluation_assessments, evaluation_for
from spbe.organizations.actors import actor_for
from spbe.planner.errors import PlanningInputError
from spbe.planner.target import parse_target
from spbe.planning.planner_wording import describe_planning_error, describe_unreachable
from spbe.planning.selectors import planning_view
from spbe.planning.values import default_kind
from spbe.scoring.engine import index_effect

router = Router(tags=["plan and actions"])

GAIN = Decimal("0.0001")


def target_of(evaluation: Evaluation, raw: object) -> Decimal:
    """The target asked for, on the framework's scale (the evaluation's own if none); an
    unreadable or out-of-range one is 422 naming ``target``."""
    if raw is None or raw == "":
        return evaluation.target
    try:
        return parse_target(revision_scoring_framework(evaluation.revision), raw)
    except PlanningInputError as error:
        message = describe_planning_error(error)
        raise ValidationError([{"loc": ("query", "target"), "msg": message}]) from error


@router.get(
    "/evaluations/{evaluation_id}/plan",
    response={200: PlanOut, **errors(401, 404, 422)},
    summary="The least-cost plan to a target index",
)
def evaluation_plan(request: HttpRequest, evaluation_id: int, query: Query[PlanQuery]) -> PlanOut:
    """The steps (indicator, from, to, cost, index gain) and the index they lead to."""
    evaluation = evaluation_for(actor_for(request.user), evaluation_id)
    target = target_of(evaluation, query.target)
    assessments = evaluation_assessments(evaluation)
    kind = query.basis or default_kind(assessments)
    try:
        view = planning_view(evaluation, assessments, kind=kind, target=target, with_plan=True)
    except PlanningInputError as error:
        raise ActionRefused(describe_planning_error(error)) from error
    plan = view.plan
    assert plan is not None  # with_plan=True
    indicators = {a.indicator.number: a.indicator for a in assessments}
    return PlanOut(
        evaluation=evaluation.pk,
        basis=kind,
        target=target,
        reachable=plan.reachable,
        unreachable_reason=None if plan.reachable else describe_unreachable(plan),
        index_before=plan.before.index,
        index_before_exact=plan.before.index_exact,
        index_after=plan.after.index,
        index_after_exact=plan.after.index_exact,
        predicate_after=plan.after.predicate,
        total_cost=plan.total_cost,
        cost_unit=plan.cost_unit,
        steps=[
            PlanStepOut(
                indicator=step.indicator,
                code=indicators[step.indicator].code,
                name=indicators[step.indicator].name,
                from_value=step.from_value,
                to_level=step.to_level,
                cost=step.cost,
                index_gain=index_effect(
                    view.framework, step.indicator, step.to_level - step.from_value
                ).quantize(GAIN),
            )
            for step in plan.steps
        ],
    )
