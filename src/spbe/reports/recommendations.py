"""The report's recommendations: the optimal plan to the evaluation's target, as plain data.

The plan starts from the best values the evaluation has (external, else verified, else the
claims), exactly as the planning page does by default, and its before and after indices come
from the scoring engine through the planner.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from spbe.catalog.selectors import revision_document
from spbe.charts import CurvePoint
from spbe.evaluations.models import Assessment, Evaluation
from spbe.evaluations.scores import IndexKind
from spbe.planner.errors import PlanningInputError
from spbe.planner.gap import criteria_by_level
from spbe.planning.planner_wording import describe_planning_error, describe_unreachable
from spbe.planning.selectors import planning_view
from spbe.planning.values import default_kind
from spbe.scoring.model import PredicateBasis


@dataclass(frozen=True)
class PlanStep:
    indicator: int
    code: str
    name: str
    lead_unit: str
    from_value: Decimal
    to_level: int
    cost: Decimal
    gain: Decimal  # index points this step adds: levels × the indicator's step value
    criteria: str  # what the level to reach asks for


@dataclass(frozen=True)
class Recommendations:
    kind: IndexKind  # the values the plan starts from
    target: Decimal
    problem: str  # why there is no plan, or why the target cannot be reached; "" otherwise
    available: bool = False
    reachable: bool = False
    basis: PredicateBasis = PredicateBasis.EXACT
    index_before: Decimal = Decimal(0)
    predicate_before: str | None = None
    index_after: Decimal = Decimal(0)
    index_after_exact: Decimal = Decimal(0)
    predicate_after: str | None = None
    total_cost: Decimal = Decimal(0)
    cost_unit: str = ""
    steps: tuple[PlanStep, ...] = ()
    curve: tuple[CurvePoint, ...] = ()

    @property
    def units(self) -> list[str]:
        """The lead units with at least one step, in order of first appearance."""
        return list(dict.fromkeys(step.lead_unit for step in self.steps if step.lead_unit))


def recommendations_for(
    evaluation: Evaluation, assessments: list[Assessment], *, with_curve: bool = True
) -> Recommendations:
    """The plan to the target and, ``with_curve``, its cost curve (the PDF and the slides draw
    it; the workbook and the Word document do not, and the curve is most of the plan's cost)."""
    kind = default_kind(assessments)
    target = evaluation.target
    try:
        view = planning_view(
            evaluation,
            assessments,
            kind=kind,
            target=target,
            with_plan=True,
            with_curve=with_curve,
        )
    except PlanningInputError as error:
        return Recommendations(kind=kind, target=target, problem=describe_planning_error(error))
    plan = view.plan
    assert plan is not None  # with_plan=True computes it
    by_number = {assessment.indicator.number: assessment for assessment in assessments}
    criteria = criteria_by_level(revision_document(evaluation.revision))
    step_values = {item.number: item.step_value for item in view.gap.indicators}
    steps = []
    for step in plan.steps:
        assessment = by_number[step.indicator]
        indicator = assessment.indicator
        steps.append(
            PlanStep(
                indicator=step.indicator,
                code=indicator.code,
                name=indicator.name,
                lead_unit=assessment.lead_unit.name if assessment.lead_unit else "",
                from_value=step.from_value,
                to_level=step.to_level,
                cost=step.cost,
                gain=step_values[step.indicator] * (step.to_level - step.from_value),
                criteria=criteria.get(step.indicator, {}).get(step.to_level, ""),
            )
        )
    return Recommendations(
        kind=kind,
        target=target,
        problem="" if plan.reachable else describe_unreachable(plan),
        available=True,
        reachable=plan.reachable,
        basis=plan.basis,
        index_before=plan.before.index,
        predicate_before=plan.before.predicate,
        index_after=plan.after.index,
        index_after_exact=plan.after.index_exact,
        predicate_after=plan.after.predicate,
        total_cost=plan.total_cost,
        cost_unit=plan.cost_unit,
        steps=tuple(steps),
        curve=tuple(CurvePoint(point.cost, point.index_exact) for point in view.front.points)
        if view.front is not None
        else (),
    )
