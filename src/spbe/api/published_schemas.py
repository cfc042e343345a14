"""What the published-results endpoint returns: the national results as the source prints
them."""

from __future__ import annotations

from decimal import Decimal

from ninja import Schema


class PublishedOut(Schema):
    id: int
    agency: str  # the name as published
    agency_key: str  # the normalised name: kota:pematangsiantar
    kind: str
    province: str
    year: int
    framework: str
    domains: list[Decimal | None]  # the four domain indices; None where the source has none
    index: Decimal
    predicate: str
    source: str


class PublishedPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[PublishedOut]
