"""The published national results (``benchmarks.selectors.published_rows``): public data that
every signed-in caller reads, as on the benchmark pages."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Query, Router
from pydantic import Field

from spbe.api.numbers import PlainIntOrNone
from spbe.api.pages import page_of
from spbe.api.parameters import SLUG, TEXT, PageParameters
from spbe.api.published_schemas import PublishedOut, PublishedPage
from spbe.api.schemas import ErrorOut
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.models import PublishedResultRow
from spbe.benchmarks.selectors import published_rows

router = Router(tags=["published results"])


class PublishedFilters(PageParameters):
    year: PlainIntOrNone = Field(None, ge=2000, le=2100)
    framework: str | None = Field(
        None, max_length=30, pattern=SLUG, description="a framework code: spbe-2020"
    )
    kind: Kind | None = None
    province: str | None = Field(
        None, max_length=100, pattern=TEXT, description="any case: sumatera utara"
    )
    name: str | None = Field(
        None, max_length=100, pattern=TEXT, description="part of the published name"
    )


def published_out(row: PublishedResultRow) -> PublishedOut:
    return PublishedOut(
        id=row.pk,
        agency=row.agency_name,
        agency_key=row.agency_key,
        kind=row.kind,
        province=row.province,
        year=row.year,
        framework=row.framework,
        domains=[row.d1, row.d2, row.d3, row.d4],
        index=row.index,
        predicate=row.predicate,
        source=row.source,
    )


@router.get(
    "/published",
    response={200: PublishedPage, 422: ErrorOut},
    summary="The published national results: newest year first, highest index first",
)
def published_list(request: HttpRequest, filters: Query[PublishedFilters]) -> PublishedPage:
    rows = published_rows(
        year=filters.year,
        framework=filters.framework,
        kind=filters.kind,
        province=filters.province,
        name=filters.name,
    )
    return PublishedPage(**page_of(rows, filters, published_out))
