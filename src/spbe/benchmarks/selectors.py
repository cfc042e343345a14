"""Reading published results. They are public data: every signed-in user may read them."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache

from django.db.models import Count, Max, Q, QuerySet

from spbe.benchmarks.agency import References
from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.matching import normalise_name
from spbe.benchmarks.models import AgencyLink, MatchStatus, PublishedResultRow
from spbe.benchmarks.national import read_national_averages
from spbe.benchmarks.published import PublishedResult
from spbe.organizations.models import Agency


def result_set() -> tuple[ResultSet, References]:
    """All published results as the analytics expect them; rebuilt only when the data changed."""
    stamp = PublishedResultRow.objects.aggregate(count=Count("pk"), latest=Max("updated_at"))
    return _cached(stamp["count"], stamp["latest"])


def published_rows(
    *,
    year: int | None = None,
    framework: str | None = None,
    kind: Kind | None = None,
    province: str | None = None,
    name: str | None = None,
) -> QuerySet[PublishedResultRow]:
    """The published results, filtered, in the ranking page's order within each year and
    framework: newest year first, highest index first, then by name (and id, so stable).

    ``province`` matches as the ranking page does, whatever the case; ``name`` matches part of
    the published name, or of its normalised core ("pematangsiantar" finds "Pematang Siantar").
    """
    rows = PublishedResultRow.objects.all()
    if year is not None:
        rows = rows.filter(year=year)
    if framework:
        rows = rows.filter(framework=framework)
    if kind is not None:
        rows = rows.filter(kind=kind.value)
    if province:
        rows = rows.filter(province__iexact=province.strip())
    if name and name.strip():
        matches = Q(agency_name__icontains=name.strip())
        core = normalise_name(name).compact
        if core:
            matches |= Q(agency_key__contains=core)
        rows = rows.filter(matches)
    return rows.order_by("-year", "framework", "-index", "agency_name", "pk")


def national_averages(keys: Iterable[tuple[int, str]]) -> dict[tuple[int, str], Decimal]:
    """The national average index of each (year, framework code) asked for, where one is known."""
    _results, references = result_set()
    averages = {}
    for year, framework in keys:
        national = references.national(year, framework)
        if national is not None and national.index is not None:
            averages[year, framework] = national.index
    return averages


@lru_cache(maxsize=2)
def _cached(count: int, latest: object) -> tuple[ResultSet, References]:
    results = ResultSet(_result(row) for row in PublishedResultRow.objects.all().iterator())
    return results, References(results, read_national_averages())


def _result(row: PublishedResultRow) -> PublishedResult:
    def number(value: Decimal | None) -> Decimal | None:
        return None if value is None else Decimal(value)

    return PublishedResult(
        row=row.source_row,
        agency=row.agency_name,
        agency_key=row.agency_key,
        kind=Kind(row.kind),
        province=row.province or None,
        year=row.year,
        framework=row.framework,
        domains=(number(row.d1), number(row.d2), number(row.d3), number(row.d4)),
        index=Decimal(row.index),
        predicate=row.predicate or None,
        source=row.source,
    )


def confirmed_key(agency: Agency) -> str | None:
    link = AgencyLink.objects.filter(agency=agency, status=MatchStatus.CONFIRMED).first()
    return link.agency_key if link else None


def agency_link(agency: Agency) -> AgencyLink | None:
    return AgencyLink.objects.filter(agency=agency).first()
