"""What the API returns and takes for Pemdi's evidence items (butir), field by field."""

from __future__ import annotations

import datetime

from ninja import Schema
from pydantic import Field

from spbe.api.assignment_schemas import UnitRef
from spbe.api.claim_schemas import UNIT_SLUG, Text, VersionIn
from spbe.api.numbers import PlainInt, PlainIntOrNone
from spbe.api.parameters import Day
from spbe.scoring.items import ItemStatus


class ItemOut(Schema):
    code: str  # e.g. I1-L2-02
    indicator_number: int
    level: int
    position: int
    text: str
    retired: bool
    # The status the portal shows: ditolak_otomatis when a lower level is not fully accepted
    # (derived by the item rule, never stored), with the item that blocks it.
    status: ItemStatus
    own_status: ItemStatus  # the status the item holds
    blocked_by: str | None
    note: str  # the agency's note for the portal
    assessor_note: str
    verdict_at: datetime.datetime | None
    objection: str  # the sanggah answering a revisi
    promised_on: datetime.date | None  # akan disusulkan: the evidence is promised by this day
    lead_unit: UnitRef | None  # the lead unit of the item's indicator, which answers it
    version: int  # send it back with a write (or as If-Match); also the answer's ETag
    updated_at: datetime.datetime


class ItemPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[ItemOut]


class ItemFilters(Schema):
    indicator: PlainIntOrNone = Field(None, ge=1, le=999, description="an indicator's number")
    level: PlainIntOrNone = Field(None, ge=0, le=9, description="the level (the L of I1-L2-02)")
    status: ItemStatus | None = Field(None, description="the status the portal shows")
    unit: str | None = Field(
        None,
        max_length=50,
        pattern=UNIT_SLUG,
        description="the id or slug of the indicator's lead unit, e.g. kominfo",
    )
    include_retired: bool = False
    limit: PlainInt = Field(50, ge=1, le=200)
    offset: PlainInt = Field(0, ge=0)


class ItemNoteIn(VersionIn):
    note: Text = Field("", max_length=20_000)  # the service refuses one longer than the portal's
    submit: bool = False  # True: submit the item (diajukan); else save it as a draft


class ItemAnswerIn(VersionIn):
    """The answer to a revisi: a sanggah, or the day the evidence will be supplied; not both."""

    objection: Text = Field("", max_length=20_000)
    promised_on: Day | None = None


class ItemVerdictIn(VersionIn):
    status: str = Field(..., max_length=30, description="diterima or revisi")
    note: Text = Field("", max_length=20_000)


class ItemAddIn(Schema):
    indicator: PlainInt = Field(..., ge=1, le=999, description="the indicator's number")
    level: PlainInt = Field(..., ge=0, le=9)
    text: Text = Field(..., max_length=5_000)


class ItemRenameIn(VersionIn):
    text: Text = Field(..., max_length=5_000)
