"""What the assignment endpoints read and return: which unit leads and supports each indicator."""

from __future__ import annotations

from ninja import Schema
from pydantic import Field

from spbe.api.numbers import PlainInt, PlainIntOrNone


class UnitRef(Schema):
    """A unit wherever an answer names one (assignments, actions, claims, items)."""

    id: int
    slug: str  # as the claim and item filters take it
    name: str
    short_name: str


class AssignmentOut(Schema):
    indicator: int  # the indicator's number in its framework
    code: str
    name: str
    lead_unit: UnitRef | None
    supporting_units: list[UnitRef]
    version: int  # send it back with a change: a change based on an older version is 409


class AssignmentsOut(Schema):
    evaluation: int
    units: list[UnitRef]  # the agency's units, the ones an indicator may be assigned to
    items: list[AssignmentOut]


class AssignmentsSaved(AssignmentsOut):
    changed: int  # how many indicators the change moved


class AssignmentIn(Schema):
    indicator: PlainInt = Field(ge=1, le=1000)
    lead_unit: PlainIntOrNone = Field(None, ge=1)
    supporting_units: list[PlainInt] = Field(default_factory=list, max_length=200)
    version: PlainInt = Field(ge=1, description="the indicator's version, as read")


class AssignmentsIn(Schema):
    # Only the indicators listed change; the others are left as they are.
    assignments: list[AssignmentIn] = Field(min_length=1, max_length=1000)
