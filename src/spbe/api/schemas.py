"""What the API returns, field by field (the OpenAPI document is generated from these)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from ninja import Schema


class ErrorOut(Schema):
    detail: str
    code: str
    fields: dict[str, list[str]]


def errors(*statuses: int) -> dict[int | str, Any]:
    """The error answers an operation can give, each documented in the one shape:
    ``response={200: EvaluationOut, **errors(401, 404, 422)}`` (tests/api/test_schema_fuzz.py
    fails for a status the document does not list)."""
    return {status: ErrorOut for status in statuses}


class MeOut(Schema):
    username: str
    agency: str | None
    unit: str | None
    roles: list[str]
    is_admin: bool
    token: str | None  # the name of the token the call came with; None for a session


class RevisionOut(Schema):
    number: int
    revision_date: datetime.date


class FrameworkOut(Schema):
    code: str
    title: str
    short_title: str
    revisions: list[RevisionOut]


class EvaluationOut(Schema):
    id: int
    agency: str
    agency_slug: str
    year: int
    framework: str
    revision: int
    state: str
    target: Decimal
    self_assessment_deadline: datetime.date
    review_deadline: datetime.date
    illustrative: bool


class EvaluationPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[EvaluationOut]


class IndexOut(Schema):
    kind: str  # self, verified, external
    available: bool
    index: Decimal | None
    index_exact: Decimal | None
    predicate: str | None
    predicate_basis: str
    filled: int
    total: int
    gap_to_target: Decimal | None
    reached: bool


class PartOut(Schema):
    number: int
    name: str
    self_value: Decimal
    verified: Decimal
    external: Decimal | None


class ScoresOut(Schema):
    evaluation: EvaluationOut
    official: str  # the kind that is the official figure now
    indices: list[IndexOut]
    domains: list[PartOut]
    aspects: list[PartOut]
    illustrative: bool
