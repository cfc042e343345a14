"""What the planning page computes for one evaluation (pure reads; no writes here)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from spbe.catalog.selectors import revision_document, revision_scoring_framework
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.scores import IndexKind
from spbe.planner.cost_library import effective_costs
from spbe.planner.costs import CostTable
from spbe.planner.errors import PlanningInputError
from spbe.planner.gap import GapReport, criteria_by_level, gap_to_target
from spbe.planner.optimizer import Plan, optimal_plan
from spbe.planner.pareto import ParetoFront, pareto_front
from spbe.planning.models import PlanCosts
from spbe.planning.values import starting_values
from spbe.scoring import ScoringFramework


@dataclass
class PlanningView:
    framework: ScoringFramework
    values: dict[int, Decimal]
    gap: GapReport
    costs: CostTable
    plan: Plan | None
    front: ParetoFront | None


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
) -> PlanningView:
    """Gap, optimal plan and cost curve from one kind of value; raises PlanningInputError."""
    framework = revision_scoring_framework(evaluation.revision)
    values = starting_values(framework, assessments, kind)
    criteria = criteria_by_level(revision_document(evaluation.revision))
    gap = gap_to_target(framework, values, target=target, year=evaluation.year, criteria=criteria)
    costs = evaluation_costs(evaluation, framework)
    plan = front = None
    if with_plan:
        plan = optimal_plan(framework, values, target=target, costs=costs, year=evaluation.year)
        front = pareto_front(framework, values, costs=costs, year=evaluation.year)
    return PlanningView(framework, values, gap, costs, plan, front)


__all__ = ["PlanningInputError", "PlanningView", "evaluation_costs", "planning_view"]
