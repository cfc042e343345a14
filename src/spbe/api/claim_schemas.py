"""What the API returns and takes for an indicator's claim (the unit's self-assessment) and its
review, field by field."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Annotated

from ninja import Schema
from pydantic import AfterValidator, Field

from spbe.api.assignment_schemas import UnitRef
from spbe.api.numbers import PlainDecimal, PlainInt, PlainIntOrNone
from spbe.evaluations.models import AssessmentState


def _no_null_character(text: str) -> str:
    # As Django's form fields refuse it on the pages: PostgreSQL cannot store it.
    if "\x00" in text:
        raise ValueError("Null characters are not allowed.")
    return text


# Free text sent by a client (a justification, a note): any text but the null character.
Text = Annotated[str, AfterValidator(_no_null_character)]


# A unit's slug in a filter, as Django's SlugField holds it.
UNIT_SLUG = r"^[-a-zA-Z0-9_]+$"


class ClaimOut(Schema):
    indicator_number: int
    indicator_name: str
    domain: int | None  # the domain's number (None where the framework has no domains)
    aspect: int  # the aspect's number
    lead_unit: UnitRef | None
    supporting_units: list[UnitRef]
    state: str  # belum_diisi, draf, diajukan, dikembalikan, diverifikasi
    claimed_level: Decimal | None
    justification: str
    criteria_met: list[int]
    verified_level: Decimal | None
    verification_reason: str
    return_note: str
    external_value: Decimal | None
    external_note: str
    version: int  # send it back with a write (or as If-Match); also the answer's ETag
    updated_at: datetime.datetime
    updated_by: str | None  # the username of whoever saved last


class ClaimPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[ClaimOut]


class ClaimFilters(Schema):
    unit: str | None = Field(
        None,
        max_length=50,
        pattern=UNIT_SLUG,
        description="the lead unit's id or slug, e.g. kominfo",
    )
    status: AssessmentState | None = None
    domain: PlainIntOrNone = Field(None, ge=1, le=99, description="a domain's number")
    aspect: PlainIntOrNone = Field(None, ge=1, le=99, description="an aspect's number")
    limit: PlainInt = Field(50, ge=1, le=200)
    offset: PlainInt = Field(0, ge=0)


class VersionIn(Schema):
    # The version read; may instead be sent as If-Match (see spbe.api.versioning).
    version: PlainIntOrNone = Field(None, ge=0, le=2_147_483_647)


class ClaimIn(VersionIn):
    claimed_level: PlainIntOrNone = Field(None, ge=-1000, le=1000, description="empty: no claim")
    justification: Text = Field("", max_length=20_000)
    criteria_met: list[PlainInt] = Field(default_factory=list, max_length=20)
    submit: bool = False  # True: submit for review (diajukan); else save as a draft


class VerifyIn(VersionIn):
    verified_level: PlainDecimal = Field(..., allow_inf_nan=False, ge=-1000, le=1000)
    reason: Text = Field("", max_length=20_000)  # needed when it differs from the claim


class ReturnIn(VersionIn):
    note: Text = Field(..., max_length=20_000)  # what the unit must fix
