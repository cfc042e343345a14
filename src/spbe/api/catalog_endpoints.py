"""The framework catalogue: frameworks, a revision with its domains and aspects, its indicators,
and one indicator with its criteria and evidence items. The catalogue is public within the
installation: every signed-in caller reads it (``catalog.selectors``)."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Query, Router
from pydantic import Field

from spbe.api.catalog_schemas import (
    AspectOut,
    CatalogueExternalIndexOut,
    CatalogueItemOut,
    CriterionOut,
    DomainOut,
    IndicatorDetailOut,
    IndicatorOut,
    IndicatorPage,
    LevelOut,
    RevisionDetailOut,
)
from spbe.api.numbers import PlainIntOrNone
from spbe.api.parameters import PageParameters, slug_in_path
from spbe.api.schemas import FrameworkOut, RevisionOut, errors
from spbe.catalog.item_catalogue import item_catalogue_as_json
from spbe.catalog.models import INDICATOR_TEXTS, FrameworkRevision, Indicator
from spbe.catalog.selectors import (
    frameworks_with_revisions,
    revision_aspects,
    revision_by_number,
    revision_document,
    revision_domains,
    revision_has_items,
    revision_indicators,
)
from spbe.library.files import UnknownFramework

router = Router(tags=["catalogue"])

REVISION = "/frameworks/{framework_code}/revisions/{revision_number}"
NOT_FOUND = errors(401, 404, 422)


class IndicatorFilters(PageParameters):
    domain: PlainIntOrNone = Field(None, ge=1, le=99, description="a domain number")
    aspect: PlainIntOrNone = Field(None, ge=1, le=99, description="an aspect number")


@router.get(
    "/frameworks",
    response={200: list[FrameworkOut], **errors(401)},
    summary="The frameworks and revisions",
)
def framework_list(request: HttpRequest) -> list[FrameworkOut]:
    return [
        FrameworkOut(
            code=framework.code,
            title=framework.title,
            short_title=framework.short_title,
            revisions=[
                RevisionOut(number=revision.number, revision_date=revision.revision_date)
                for revision in framework.revisions.all()
            ],
        )
        for framework in frameworks_with_revisions()
    ]


@router.get(
    REVISION,
    response={200: RevisionDetailOut, **NOT_FOUND},
    summary="A revision with its levels, domains and aspects",
)
def revision_detail(
    request: HttpRequest, revision_number: int, framework_code: str = slug_in_path()
) -> RevisionDetailOut:
    revision = _revision(framework_code, revision_number)
    document = revision_document(revision)
    return RevisionDetailOut(
        framework=revision.framework.code,
        number=revision.number,
        revision_date=revision.revision_date,
        revision_note=revision.revision_note,
        title=document.title,
        short_title=document.short_title,
        structure=document.structure,
        has_items=revision_has_items(revision),
        indicator_count=revision_indicators(revision).count(),
        levels=[LevelOut(level=level.level, name=level.name) for level in document.levels],
        domains=[
            DomainOut(number=domain.number, name=domain.name, weight=domain.weight_text)
            for domain in revision_domains(revision)
        ],
        aspects=[
            AspectOut(
                number=aspect.number,
                name=aspect.name,
                weight=aspect.weight_text,
                domain=aspect.domain.number if aspect.domain else None,
            )
            for aspect in revision_aspects(revision)
        ],
    )


@router.get(
    f"{REVISION}/indicators",
    response={200: IndicatorPage, **NOT_FOUND},
    summary="A revision's indicators, by number; filter by domain or aspect",
)
def indicator_list(
    request: HttpRequest,
    revision_number: int,
    filters: Query[IndicatorFilters],
    framework_code: str = slug_in_path(),
) -> IndicatorPage:
    indicators = revision_indicators(_revision(framework_code, revision_number)).defer(
        *INDICATOR_TEXTS
    )
    if filters.domain is not None:
        indicators = indicators.filter(aspect__domain__number=filters.domain)
    if filters.aspect is not None:
        indicators = indicators.filter(aspect__number=filters.aspect)
    indicators = indicators.order_by("number", "pk")
    page = indicators[filters.offset : filters.offset + filters.limit]
    return IndicatorPage(
        count=indicators.count(),
        limit=filters.limit,
        offset=filters.offset,
        items=[IndicatorOut(**_indicator_fields(indicator)) for indicator in page],
    )


@router.get(
    f"{REVISION}/indicators/{{indicator_number}}",
    response={200: IndicatorDetailOut, **NOT_FOUND},
    summary="One indicator with its criteria per level and its evidence items (butir)",
)
def indicator_detail(
    request: HttpRequest,
    revision_number: int,
    indicator_number: int,
    framework_code: str = slug_in_path(),
) -> IndicatorDetailOut:
    revision = _revision(framework_code, revision_number)
    indicator = revision_indicators(revision).filter(number=indicator_number).first()
    if indicator is None:
        raise Http404
    document = revision_document(revision)
    source = document.indicator(indicator.number)
    items = {
        level["level"]: level
        for level in item_catalogue_as_json(document, [source])["indicators"][0]["levels"]
    }
    level_names = {level.level: level.name for level in document.levels}
    hints = indicator.evidence_hints or {}
    return IndicatorDetailOut(
        **_indicator_fields(indicator),
        framework=revision.framework.code,
        revision=revision.number,
        aspect_name=indicator.aspect.name,
        domain_name=indicator.aspect.domain.name if indicator.aspect.domain else None,
        question=indicator.question,
        explanation=indicator.explanation,
        evidence_general=hints.get("general"),
        external_index=None
        if source.external_index is None
        else CatalogueExternalIndexOut(
            name=source.external_index.name, use=source.external_index.use
        ),
        levels=[
            _criterion(level, text, level_names.get(level), indicator, items.get(level), hints)
            for level, text in indicator.criteria_levels()
        ],
    )


def _revision(code: str, number: int) -> FrameworkRevision:
    try:
        return revision_by_number(code, number)
    except UnknownFramework as error:
        raise Http404 from error


def _indicator_fields(indicator: Indicator) -> dict[str, Any]:
    domain = indicator.aspect.domain
    return {
        "number": indicator.number,
        "code": indicator.code,
        "name": indicator.name,
        "weight": indicator.weight_text,
        "aspect": indicator.aspect.number,
        "domain": domain.number if domain else None,
    }


def _criterion(
    level: int,
    text: str,
    name: str | None,
    indicator: Indicator,
    items: dict[str, Any] | None,
    hints: dict[str, Any],
) -> CriterionOut:
    return CriterionOut(
        level=level,
        name=name,
        criterion=text,
        conditions=list((indicator.conditions or {}).get(str(level), [])),
        evidence_hint=(hints.get("per_level") or {}).get(str(level)),
        items=None if items is None else [CatalogueItemOut(**item) for item in items["items"]],
        items_missing_in_source=bool(items and items["items_missing_in_source"]),
    )
