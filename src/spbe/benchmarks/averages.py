"""Means, maxima and minima of published results, per domain and for the index.

A missing value (a blank domain) is left out of its own column only: the three 2024 rows with
an unreadable Kebijakan still count in the index and the other domains. Values below the scale
(2023 Kab. Banyuasin, Layanan 0.30) count as published, as they did in the official averages.
Means are exact decimals (28 significant digits); pages round them for display.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from spbe.benchmarks.published import PublishedResult

DOMAIN_COUNT = 4
Domains = tuple[Decimal | None, Decimal | None, Decimal | None, Decimal | None]


class Statistic(StrEnum):
    """The statistics the national reports give, under their names there."""

    MEAN = "rerata"
    MAX = "max"
    MIN = "min"


@dataclass(frozen=True, slots=True)
class Figures:
    """One statistic of a group: the index and each domain; ``None`` where no value exists.

    ``count`` is the number of results in the group; ``domain_counts`` how many of them had
    each domain.
    """

    count: int
    index: Decimal | None
    domains: Domains
    domain_counts: tuple[int, int, int, int] = (0, 0, 0, 0)


def _mean(values: Sequence[Decimal]) -> Decimal:
    return sum(values, Decimal(0)) / len(values)


_REDUCERS: dict[Statistic, Callable[[Sequence[Decimal]], Decimal]] = {
    Statistic.MEAN: _mean,
    Statistic.MAX: max,
    Statistic.MIN: min,
}


def summarise(results: Iterable[PublishedResult], statistic: Statistic = Statistic.MEAN) -> Figures:
    """The statistic over ``results``, each column over the values it has."""
    reduce = _REDUCERS[statistic]
    indices: list[Decimal] = []
    columns: tuple[list[Decimal], ...] = tuple([] for _ in range(DOMAIN_COUNT))
    for result in results:
        indices.append(result.index)
        for column, value in zip(columns, result.domains, strict=True):
            if value is not None:
                column.append(value)
    d1, d2, d3, d4 = (reduce(column) if column else None for column in columns)
    c1, c2, c3, c4 = (len(column) for column in columns)
    return Figures(
        count=len(indices),
        index=reduce(indices) if indices else None,
        domains=(d1, d2, d3, d4),
        domain_counts=(c1, c2, c3, c4),
    )
