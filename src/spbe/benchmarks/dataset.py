"""Published results indexed once, so that each benchmark page is a few dictionary look-ups.

Built from the rows of one or more imports (or from the lead's model rows converted to
:class:`~spbe.benchmarks.published.PublishedResult`); the index is immutable after that.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.published import PublishedResult, ResultKey

# A year's results count as complete (a national report, not a few news items) when the year
# has at least this share of the results of the fullest year. Averages and ranks are computed
# only for complete years: "first of two kota" in a year with two rows would mislead.
COMPLETE_SHARE = 0.5


class ResultSet:
    """Published results by key, by agency, and by year and framework within kind or province."""

    def __init__(self, results: Iterable[PublishedResult]) -> None:
        self._by_key: dict[ResultKey, PublishedResult] = {}
        by_agency: dict[str, list[PublishedResult]] = defaultdict(list)
        self._by_year: dict[tuple[int, str], list[PublishedResult]] = defaultdict(list)
        self._by_kind: dict[tuple[int, str, Kind], list[PublishedResult]] = defaultdict(list)
        self._by_province: dict[tuple[int, str, str], list[PublishedResult]] = defaultdict(list)
        for result in results:
            if result.key in self._by_key:
                raise ValueError(f"two results for {result.key}")
            self._by_key[result.key] = result
            by_agency[result.agency_key].append(result)
            self._by_year[result.year, result.framework].append(result)
            self._by_kind[result.year, result.framework, result.kind].append(result)
            if result.kind.is_municipal and result.province:
                self._by_province[result.year, result.framework, result.province].append(result)
        self._by_agency = {
            key: sorted(rows, key=lambda r: (r.year, r.framework))
            for key, rows in by_agency.items()
        }
        fullest = max((len(rows) for rows in self._by_year.values()), default=0)
        self._complete = frozenset(
            year_framework
            for year_framework, rows in self._by_year.items()
            if len(rows) >= fullest * COMPLETE_SHARE
        )

    def __len__(self) -> int:
        return len(self._by_key)

    def get(self, agency_key: str, year: int, framework: str) -> PublishedResult | None:
        """The agency's result for that year and framework, if published."""
        return self._by_key.get(ResultKey(agency_key, year, framework))

    def history(self, agency_key: str) -> Sequence[PublishedResult]:
        """Every result of the agency, oldest first."""
        return self._by_agency.get(agency_key, ())

    def of_year(self, year: int, framework: str) -> Sequence[PublishedResult]:
        return self._by_year.get((year, framework), ())

    def of_kind(self, year: int, framework: str, kind: Kind) -> Sequence[PublishedResult]:
        return self._by_kind.get((year, framework, kind), ())

    def of_province(self, year: int, framework: str, province: str) -> Sequence[PublishedResult]:
        """The kabupaten and kota of a province (not the province's own government)."""
        return self._by_province.get((year, framework, province), ())

    def is_complete(self, year: int, framework: str) -> bool:
        """Whether the year holds a full national report rather than a few scattered results."""
        return (year, framework) in self._complete

    def years(self, framework: str) -> list[int]:
        return sorted(year for year, f in self._by_year if f == framework)
