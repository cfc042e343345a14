"""Agencies and their units, as far as the caller may see them (``organizations.selectors``):
a member sees its own agency, the installation administrator every agency; another agency is
a 404."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Router

from spbe.api.organization_schemas import AgencyOut, AgencyPage, UnitOut, UnitPage
from spbe.api.parameters import PageParameters, slug_in_path
from spbe.api.schemas import ErrorOut
from spbe.organizations.actors import actor_for
from spbe.organizations.models import Agency, Unit
from spbe.organizations.selectors import agency_for, agency_units, visible_agencies

router = Router(tags=["agencies"])


def agency_out(agency: Agency) -> AgencyOut:
    return AgencyOut(
        slug=agency.slug,
        name=agency.name,
        kind=agency.kind,
        province=agency.province,
        unit_count=agency.unit_count,  # type: ignore[attr-defined]  # visible_agencies counts
    )


def unit_out(unit: Unit) -> UnitOut:
    return UnitOut(slug=unit.slug, name=unit.name, short_name=unit.short_name)


@router.get(
    "/agencies",
    response={200: AgencyPage, 422: ErrorOut},
    summary="The agencies you may see, by name",
)
def agency_list(request: HttpRequest, page: Query[PageParameters]) -> AgencyPage:
    agencies = visible_agencies(actor_for(request.user))
    return AgencyPage(
        count=agencies.count(),
        limit=page.limit,
        offset=page.offset,
        items=[agency_out(agency) for agency in agencies[page.offset : page.offset + page.limit]],
    )


@router.get(
    "/agencies/{agency_slug}", response={200: AgencyOut, 404: ErrorOut}, summary="One agency"
)
def agency_detail(request: HttpRequest, agency_slug: str = slug_in_path()) -> AgencyOut:
    return agency_out(agency_for(actor_for(request.user), agency_slug))


@router.get(
    "/agencies/{agency_slug}/units",
    response={200: UnitPage, 404: ErrorOut, 422: ErrorOut},
    summary="An agency's units (Perangkat Daerah), by name",
)
def unit_list(
    request: HttpRequest, page: Query[PageParameters], agency_slug: str = slug_in_path()
) -> UnitPage:
    units = agency_units(agency_for(actor_for(request.user), agency_slug))
    return UnitPage(
        count=units.count(),
        limit=page.limit,
        offset=page.offset,
        items=[unit_out(unit) for unit in units[page.offset : page.offset + page.limit]],
    )
