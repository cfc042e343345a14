"""Everything the benchmark page of one agency shows, computed from published results.

The averages an agency is compared with come, in this order, from:

1. the figure the national report printed (``national-averages.csv``) for the nation or the
   agency's category (Instansi Pusat, Provinsi, Kabupaten, Kota), because that is the number
   agencies and the press cite; where a year and scope has several printed figures, the one
   whose domains reproduce its index under the framework's weights wins, then the first;
2. otherwise the mean computed from the results, for years whose results are complete.

Province averages exist only as computed (over the province's kabupaten and kota). Each
figure says where it comes from, so a page can footnote it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from spbe.benchmarks.averages import Domains, Statistic, summarise
from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.national import KIND_SCOPE, NATIONAL_SCOPE, SCOPE_KINDS, PublishedAverage
from spbe.benchmarks.published import PublishedResult
from spbe.benchmarks.ranking import PeerScope, Rank, rank
from spbe.benchmarks.validation import INDEX_TOLERANCE, library_rules

# The frameworks of the Indeks SPBE, whose indices one history line may join.
SPBE_LINEAGE = ("spbe-2018", "spbe-2020")


class Source(StrEnum):
    PUBLISHED = "published"
    COMPUTED = "computed"


@dataclass(frozen=True, slots=True)
class Reference:
    """An average to compare with; ``count`` is ``None`` when the report does not give it."""

    index: Decimal | None
    domains: Domains
    source: Source
    count: int | None = None


class References:
    """Finds the national, category and province averages for a year, printed or computed."""

    def __init__(self, results: ResultSet, published: Iterable[PublishedAverage]) -> None:
        self._results = results
        self._printed: dict[tuple[int, str], PublishedAverage] = {}
        for average in published:
            if average.statistic is not Statistic.MEAN or average.index is None:
                continue
            key = (average.year, average.scope)
            current = self._printed.get(key)
            if current is None or (_consistent(average) and not _consistent(current)):
                self._printed[key] = average

    def national(self, year: int, framework: str) -> Reference | None:
        return self._scope(year, framework, NATIONAL_SCOPE)

    def category(self, year: int, framework: str, kind: Kind) -> Reference | None:
        return self._scope(year, framework, KIND_SCOPE[kind])

    def province(self, year: int, framework: str, province: str | None) -> Reference | None:
        if province is None or not self._results.is_complete(year, framework):
            return None
        return _computed(self._results.of_province(year, framework, province))

    def _scope(self, year: int, framework: str, scope: str) -> Reference | None:
        printed = self._printed.get((year, scope))
        if printed is not None:
            return Reference(printed.index, printed.domains, Source.PUBLISHED)
        if not self._results.is_complete(year, framework):
            return None
        rows = [
            r for kind in SCOPE_KINDS[scope] for r in self._results.of_kind(year, framework, kind)
        ]
        return _computed(rows)


def _computed(rows: Iterable[PublishedResult]) -> Reference | None:
    figures = summarise(rows)
    if figures.count == 0:
        return None
    return Reference(figures.index, figures.domains, Source.COMPUTED, figures.count)


def _consistent(average: PublishedAverage) -> bool:
    """Whether the printed domains give the printed index under the SPBE 2020 weights."""
    weights: Mapping[str, Decimal] = library_rules()["spbe-2020"].domain_weights
    if average.index is None or None in average.domains:
        return False
    computed = sum(
        (w * (d or 0) for w, d in zip(weights.values(), average.domains, strict=True)), Decimal(0)
    )
    return abs(computed - average.index) <= INDEX_TOLERANCE


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One year of the agency's published index with the averages of that year."""

    year: int
    framework: str
    index: Decimal
    national: Reference | None
    category: Reference | None
    province: Reference | None


@dataclass(frozen=True, slots=True)
class DomainComparison:
    """The agency's domain indices next to the averages' (national, category, province)."""

    agency: Domains
    national: Reference | None
    category: Reference | None
    province: Reference | None


@dataclass(frozen=True, slots=True)
class AgencyBenchmark:
    """The benchmark page of one agency for one year.

    ``rank_in_kind`` is among all agencies of its kind ("among all kota");
    ``rank_in_province`` among the kabupaten and kota of its province (``None`` for a
    province or a central agency, and in years whose results are incomplete).
    """

    result: PublishedResult
    history: tuple[HistoryEntry, ...]
    rank_in_kind: Rank | None
    rank_in_province: Rank | None
    domains: DomainComparison


def agency_history(
    results: ResultSet,
    references: References,
    agency_key: str,
    *,
    frameworks: Iterable[str] = SPBE_LINEAGE,
) -> tuple[HistoryEntry, ...]:
    """The agency's index per year in the given frameworks, with that year's averages."""
    allowed = set(frameworks)
    return tuple(
        HistoryEntry(
            year=r.year,
            framework=r.framework,
            index=r.index,
            national=references.national(r.year, r.framework),
            category=references.category(r.year, r.framework, r.kind),
            province=references.province(r.year, r.framework, r.province),
        )
        for r in results.history(agency_key)
        if r.framework in allowed
    )


def agency_benchmark(
    results: ResultSet,
    references: References,
    agency_key: str,
    year: int,
    *,
    framework: str = "spbe-2020",
) -> AgencyBenchmark | None:
    """The whole page, or ``None`` if the agency has no result for that year and framework."""
    result = results.get(agency_key, year, framework)
    if result is None:
        return None
    complete = results.is_complete(year, framework)
    return AgencyBenchmark(
        result=result,
        history=agency_history(results, references, agency_key),
        rank_in_kind=rank(results, result, PeerScope.KIND) if complete else None,
        rank_in_province=rank(results, result, PeerScope.PROVINCE) if complete else None,
        domains=DomainComparison(
            agency=result.domains,
            national=references.national(year, framework),
            category=references.category(year, framework, result.kind),
            province=references.province(year, framework, result.province),
        ),
    )
