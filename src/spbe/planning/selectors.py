"""Reads of planning: what the planning page computes for one evaluation, and the action plan
with each action's effect on the index. No writes here."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet
from django.http import Http404

from spbe.catalog.selectors import revision_document, revision_scoring_framework
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.scores import IndexKind
from spbe.evaluations.selectors import summary_assessments
from spbe.organizations.actors import Actor
from spbe.planner.cost_library import effective_costs
from spbe.planner.costs import CostTable
from spbe.planner.errors import PlanningInputError
from spbe.planner.gap import GapReport, criteria_by_level
from spbe.planner.optimizer import Plan
from spbe.planner.pareto import ParetoFront
from spbe.planning.curve_cache import cached_front, cached_gap, cached_plan, front_key
from spbe.planning.models import Action, PlanCosts
from spbe.planning.policy import can_update_action, viewable_actions
from spbe.planning.states import OPEN_ACTIONS
from spbe.planning.values import starting_values
from spbe.scoring import ScoringFramework
from spbe.scoring.engine import index_effect


@dataclass
class PlanningView:
    framework: ScoringFramework
    values: dict[int, Decimal]
    gap: GapReport
    costs: CostTable
    plan: Plan | None
    front: ParetoFront | None
    front_key: str | None = None  # names the curve (spbe.planning.curve_cache.front_key)


def plan_assessments(evaluation: Evaluation) -> list[Assessment]:
    """An evaluation's assessments as the planning page reads them, in one query: the values,
    the state, the indicator's number, code and name and the lead unit's names, by indicator;
    the same fields as the summary's (``summary_assessments``). The page reads the criteria
    from the revision's parsed document, and loading the indicators' JSON texts or the claims'
    own texts cost a fifth of a view."""
    return summary_assessments(evaluation)


def evaluation_costs(evaluation: Evaluation, framework: ScoringFramework) -> CostTable:
    stored = PlanCosts.objects.filter(evaluation=evaluation).values_list("costs", flat=True).first()
    return effective_costs(framework, stored or None)


def planning_view(
    evaluation: Evaluation,
    assessments: list[Assessment],
    *,
    kind: IndexKind,
    target: Decimal,
    with_plan: bool,
    with_curve: bool = True,
) -> PlanningView:
    """Gap, optimal plan and cost curve from one kind of value; raises PlanningInputError.
    ``with_curve=False`` leaves out the cost curve (``front``) for a caller that shows only the
    plan."""
    framework = revision_scoring_framework(evaluation.revision)
    values = starting_values(framework, assessments, kind)
    gap = cached_gap(
        framework,
        values,
        target=target,
        year=evaluation.year,
        revision_key=revision_key(evaluation),
        criteria=lambda: criteria_by_level(revision_document(evaluation.revision)),
    )
    costs = evaluation_costs(evaluation, framework)
    plan = front = key = None
    if with_plan:
        key = front_key(revision_key(evaluation), values, costs, evaluation.year)
        plan = cached_plan(
            framework, values, target=target, costs=costs, year=evaluation.year, key=key
        )
        if with_curve:
            front = cached_front(framework, values, costs=costs, year=evaluation.year, key=key)
    return PlanningView(framework, values, gap, costs, plan, front, key)


def revision_key(evaluation: Evaluation) -> str:
    """Names the content of the evaluation's framework revision: its id and library SHA-256."""
    return f"{evaluation.revision.pk}:{evaluation.revision.sha256}"


@dataclass(frozen=True)
class ActionRow:
    action: Action
    effect: Decimal
    overdue: bool
    can_update: bool


def evaluation_actions(evaluation: Evaluation) -> QuerySet[Action]:
    """An evaluation's action plan, by deadline, then indicator (the page's order)."""
    return (
        Action.objects.filter(evaluation=evaluation)
        .select_related("indicator", "lead_unit", "evaluation")
        .prefetch_related("contributing_units", "evidence")
        .order_by("deadline", "indicator__number", "pk")
    )


def action_for(actor: Actor, pk: int) -> Action:
    """One action of an evaluation the actor may view; 404 otherwise."""
    action = (
        Action.objects.filter(viewable_actions(actor), pk=pk)
        .select_related("indicator", "lead_unit", "evaluation__revision", "evaluation__agency")
        .defer("evaluation__revision__document")
        .prefetch_related("contributing_units", "evidence")
        .first()
    )
    if action is None:
        raise Http404
    return action


def action_rows(
    evaluation: Evaluation,
    actor: Actor,
    today: datetime.date,
    actions: Iterable[Action] | None = None,
) -> list[ActionRow]:
    """Actions (all of the evaluation's by default) with their effect on the index (weight ×
    levels gained / 100) and lateness."""
    framework = revision_scoring_framework(evaluation.revision)
    rows = []
    for action in evaluation_actions(evaluation) if actions is None else actions:
        change = action.to_level - action.from_value
        rows.append(
            ActionRow(
                action=action,
                effect=index_effect(framework, action.indicator.number, change).quantize(
                    Decimal("0.0001")
                ),
                overdue=action.status in OPEN_ACTIONS and action.deadline < today,
                can_update=bool(can_update_action(actor, action)),
            )
        )
    return rows


__all__ = [
    "ActionRow",
    "PlanningInputError",
    "PlanningView",
    "action_for",
    "action_rows",
    "evaluation_actions",
    "evaluation_costs",
    "plan_assessments",
    "planning_view",
    "revision_key",
]
