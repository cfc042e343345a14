"""What the agency endpoints return: agencies and their units."""

from __future__ import annotations

from ninja import Schema


class AgencyOut(Schema):
    slug: str
    name: str
    kind: str  # pusat, provinsi, kabupaten, kota
    province: str
    unit_count: int


class AgencyPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[AgencyOut]


class UnitOut(Schema):
    slug: str
    name: str
    short_name: str


class UnitPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[UnitOut]
