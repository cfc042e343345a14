"""What the catalogue endpoints return: a revision with its domains and aspects, its
indicators, and one indicator with its criteria per level and, for Pemdi, its evidence items."""

from __future__ import annotations

import datetime

from ninja import Schema


class LevelOut(Schema):
    level: int
    name: str | None


class DomainOut(Schema):
    number: int
    name: str
    weight: str  # as the library writes it: "25" or "20/6", never a float


class AspectOut(Schema):
    number: int
    name: str
    weight: str
    domain: int | None  # None in a framework without domains (Pemdi 2026)


class RevisionDetailOut(Schema):
    framework: str
    number: int
    revision_date: datetime.date
    revision_note: str
    title: str
    short_title: str
    structure: str  # domain-aspect-indicator or aspect-indicator
    has_items: bool  # whether its indicators are valued by evidence items (butir)
    indicator_count: int
    levels: list[LevelOut]
    domains: list[DomainOut]
    aspects: list[AspectOut]


class IndicatorOut(Schema):
    number: int
    code: str
    name: str
    weight: str
    aspect: int
    domain: int | None


class IndicatorPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[IndicatorOut]


class CatalogueItemOut(Schema):
    code: str  # I1-L2-02
    text: str  # the evidence the item asks for


class CriterionOut(Schema):
    level: int
    name: str | None
    criterion: str
    conditions: list[str]
    evidence_hint: str | None
    # None for a framework without items (SPBE 2020); [] with ``items_missing_in_source`` for a
    # level whose source lists none (Pemdi I9 level 3).
    items: list[CatalogueItemOut] | None
    items_missing_in_source: bool


class CatalogueExternalIndexOut(Schema):
    name: str
    use: str  # decides_level or caps_level


class IndicatorDetailOut(IndicatorOut):
    framework: str
    revision: int
    aspect_name: str
    domain_name: str | None
    question: str
    explanation: str
    evidence_general: str | None
    external_index: CatalogueExternalIndexOut | None
    levels: list[CriterionOut]
