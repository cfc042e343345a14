"""Builders of the planning tests: a plan from the planner, and the actions made from it."""

from __future__ import annotations

import datetime
from decimal import Decimal

from spbe.evaluations.models import Evaluation
from spbe.evaluations.scores import IndexKind
from spbe.evaluations.selectors import evaluation_assessments
from spbe.planner.optimizer import Plan
from spbe.planning.models import Action
from spbe.planning.selectors import planning_view
from spbe.planning.services import actions_from_plan
from tests.cast import Cast

DEADLINE = datetime.date(2026, 12, 15)


def plan_for(evaluation: Evaluation, target: str = "1.3") -> Plan:
    """The least-cost plan from the claims (none yet: every indicator at the bottom)."""
    view = planning_view(
        evaluation,
        evaluation_assessments(evaluation),
        kind=IndexKind.SELF,
        target=Decimal(target),
        with_plan=True,
    )
    assert view.plan is not None
    return view.plan


def actions_for(cast: Cast, target: str = "1.3") -> list[Action]:
    """The cast's action plan, made by its coordinator from the plan to ``target``."""
    return actions_from_plan(
        actor=cast.actor(cast.coordinator),
        evaluation=cast.evaluation,
        plan=plan_for(cast.evaluation, target),
        deadline=DEADLINE,
    )


def action_of(actions: list[Action], number: int) -> Action:
    return next(action for action in actions if action.indicator.number == number)
