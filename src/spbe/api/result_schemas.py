"""What the external and assessor results endpoints take and return."""

from __future__ import annotations

import datetime
from decimal import Decimal

from ninja import Schema
from pydantic import ConfigDict, Field

from spbe.api.numbers import Cell, CellOrNone
from spbe.evaluations.result_import import MAX_ROWS


class ExternalOut(Schema):
    """The external evaluation's value of an indicator (the national result), as recorded."""

    value: Decimal | None
    note: str


class AssessorResultOut(Schema):
    """The external assessors' result of an indicator (Pemdi), as the national portal shows it."""

    value: Decimal | None
    note: str
    recommendation: str
    evidence_uploaded: bool
    confirmed_at_interview: bool
    approved: bool
    version: int
    updated_at: datetime.datetime
    updated_by: str | None


class IndicatorResultOut(Schema):
    number: int
    code: str
    name: str
    external: ExternalOut
    assessor: AssessorResultOut | None  # None: none recorded yet


class ExternalIndexOut(Schema):
    """Another agency's index (SDI, SJIG, IPS-EPSS, IKASANDI) that values one indicator."""

    indicator: int
    index: str  # its name
    use: str  # decides_level or caps_level
    scale_minimum: Decimal
    scale_maximum: Decimal
    value: Decimal | None  # on the index's own scale; None while none is entered
    year: int | None  # the year the value measures
    source: str
    version: int  # 0 while none is entered
    pending: bool  # no value yet: the indicator counts at its lowest level
    outdated: bool  # the value measures a year before the evaluation's
    level: int | None  # the level the value supports, as the estimate reads it


class ResultsOut(Schema):
    evaluation_id: int
    framework: str
    indicators: list[IndicatorResultOut]
    external_indices: list[ExternalIndexOut]  # empty for a framework without them (SPBE)


class ResultRowIn(Schema):
    """One row, with the columns of the file: either ``code`` and ``status`` (and ``note``) for
    an item's verdict, or ``indicator`` and ``value`` (and ``note``, ``recommendation``) for an
    indicator's value. A field left out leaves it as it is; every row gives the same fields."""

    model_config = ConfigDict(extra="forbid")

    code: str | None = Field(None, max_length=50, examples=["I1-L2-01"])
    status: str | None = Field(None, max_length=20, examples=["diterima"])
    indicator: CellOrNone = Field(None, examples=[4])
    value: CellOrNone = Field(None, examples=["2.5"])
    note: str | None = Field(None, max_length=10_000)
    recommendation: str | None = Field(None, max_length=10_000)


class ResultsImportIn(Schema):
    rows: list[ResultRowIn] = Field(..., min_length=1, max_length=MAX_ROWS)
    dry_run: bool = False  # True: list the changes and write nothing


class ResultChangeOut(Schema):
    row: int  # the file's row (the header is row 1), or the index in ``rows`` of a JSON body
    subject: str  # the item's code or the indicator's
    field: str  # status, note, value or recommendation
    old: str | None
    new: str | None


class ResultsImportOut(Schema):
    kind: str  # items or indicators
    applied: bool  # False for a dry run
    rows: int
    unchanged: int
    changes: list[ResultChangeOut]


class ExternalRowIn(Schema):
    model_config = ConfigDict(extra="forbid")

    indicator: Cell = Field(..., examples=[3])
    value: Cell = Field(..., examples=["2.5"])
    note: str = Field("", max_length=10_000)


class ExternalImportIn(Schema):
    """The external evaluation's value per indicator, the rows of the page's file."""

    rows: list[ExternalRowIn] = Field(..., min_length=1, max_length=MAX_ROWS)


class ExternalImportOut(Schema):
    recorded: int  # indicators whose external value was recorded
