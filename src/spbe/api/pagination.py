"""The ``limit`` and ``offset`` of every list: 1–200 rows from an offset that the database can
take (a larger one would overflow SQLite's integers and answer 500 instead of 422)."""

from __future__ import annotations

from ninja import Schema
from pydantic import Field

MAX_LIMIT = 200
MAX_OFFSET = 1_000_000_000


class PageParameters(Schema):
    limit: int = Field(50, ge=1, le=MAX_LIMIT)
    offset: int = Field(0, ge=0, le=MAX_OFFSET)
