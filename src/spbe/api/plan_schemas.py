"""What the plan and action endpoints read and return."""

from __future__ import annotations

import datetime
from decimal import Decimal

from ninja import Schema
from pydantic import Field

from spbe.api.assignment_schemas import UnitRef
from spbe.api.numbers import PlainInt, PlainIntOrNone
from spbe.api.parameters import Day
from spbe.evaluations.scores import IndexKind
from spbe.planning.models import ActionStatus


class PlanQuery(Schema):
    target: str | None = Field(
        None,
        max_length=20,
        description="the target index, e.g. 3.0; the evaluation's own if absent",
    )
    basis: IndexKind | None = Field(
        None, description="whose values the plan starts from; the official index's if absent"
    )


class PlanStepOut(Schema):
    indicator: int
    code: str
    name: str
    from_value: Decimal
    to_level: int
    cost: Decimal
    index_gain: Decimal  # how much this step alone raises the index (exact, 4 decimals)


class PlanOut(Schema):
    evaluation: int
    basis: str  # self, verified or external: whose values the plan starts from
    target: Decimal
    reachable: bool
    unreachable_reason: str | None  # why not, when the limits stop the index below the target
    index_before: Decimal
    index_before_exact: Decimal
    index_after: Decimal
    index_after_exact: Decimal
    predicate_after: str | None
    total_cost: Decimal
    cost_unit: str
    steps: list[PlanStepOut]


class ActionFilters(Schema):
    status: ActionStatus | None = None
    unit: PlainIntOrNone = Field(None, ge=1, description="the lead unit's id")
    due_before: Day | None = Field(None, description="deadline before this day")
    limit: PlainInt = Field(50, ge=1, le=200)
    offset: PlainInt = Field(0, ge=0)


class ActionOut(Schema):
    id: int
    evaluation: int
    indicator: int
    code: str
    name: str
    from_value: Decimal
    to_level: int
    cost: Decimal
    index_gain: Decimal
    lead_unit: UnitRef | None
    contributing_units: list[UnitRef]
    deadline: datetime.date
    status: str
    overdue: bool
    note: str
    evidence: list[int]  # the ids of the documents linked as proof of progress
    from_recommendation: bool
    can_update: bool  # whether the caller may change its status and note
    version: int  # send it back with a change: a change based on an older version is 409


class ActionPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[ActionOut]


class ActionsFromPlanIn(Schema):
    target: float | str | None = Field(
        None, description="the target index of the plan; the evaluation's own if absent"
    )
    basis: IndexKind | None = None
    indicators: list[PlainInt] | None = Field(
        None, max_length=1000, description="only the plan's steps of these indicators"
    )
    deadline: Day | None = Field(
        None, description="the actions' deadline; the self-assessment deadline if absent"
    )


class ActionChangeIn(Schema):
    version: PlainInt = Field(ge=1, description="the action's version, as read")
    status: ActionStatus | None = None
    lead_unit: PlainIntOrNone = Field(None, ge=1)
    deadline: Day | None = None
    note: str | None = Field(None, max_length=5000)
