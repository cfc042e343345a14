"""The national and per-category averages the reports print (``national-averages.csv``).

They are the reference the computed averages are checked against, and the only averages for
years whose agency results were not published in full (2018–2022).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from spbe.benchmarks.averages import Domains, Figures, Statistic, summarise
from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.scoring.values import parse_number

NATIONAL_AVERAGES = Path(__file__).parents[1] / "library" / "published" / "national-averages.csv"

# The report scopes that the agency kinds can reproduce. Kementerian, LPNK and LNS split the
# central agencies in a way the results file does not record, so they are not recomputed.
SCOPE_KINDS: Mapping[str, frozenset[Kind]] = {
    "Nasional": frozenset(Kind),
    "Instansi Pusat": frozenset({Kind.PUSAT}),
    "Pemerintah Daerah": frozenset({Kind.PROVINSI, Kind.KABUPATEN, Kind.KOTA}),
    "Provinsi": frozenset({Kind.PROVINSI}),
    "Kabupaten": frozenset({Kind.KABUPATEN}),
    "Kota": frozenset({Kind.KOTA}),
}
NATIONAL_SCOPE = "Nasional"
KIND_SCOPE: Mapping[Kind, str] = {
    Kind.PUSAT: "Instansi Pusat",
    Kind.PROVINSI: "Provinsi",
    Kind.KABUPATEN: "Kabupaten",
    Kind.KOTA: "Kota",
}


@dataclass(frozen=True, slots=True)
class PublishedAverage:
    """One printed statistic: a year, a scope ("Nasional", "Kota", …) and its figures."""

    row: int
    year: int
    scope: str
    statistic: Statistic
    index: Decimal | None
    domains: Domains
    source: str


@dataclass(frozen=True, slots=True)
class AverageCheck:
    """A printed statistic next to the same statistic computed from the agency results."""

    published: PublishedAverage
    computed: Figures

    @property
    def index_difference(self) -> Decimal | None:
        """Computed minus published, both rounded to two decimals as printed."""
        return _difference(self.computed.index, self.published.index)

    @property
    def domain_differences(self) -> Domains:
        d1, d2, d3, d4 = (
            _difference(c, p)
            for c, p in zip(self.computed.domains, self.published.domains, strict=True)
        )
        return (d1, d2, d3, d4)


def _difference(computed: Decimal | None, published: Decimal | None) -> Decimal | None:
    if computed is None or published is None:
        return None
    # Half up, as the reports (and the scoring engine) print: round() would round 1.005 down.
    return computed.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) - published


def parse_national_averages(lines: Iterable[str]) -> list[PublishedAverage]:
    """Read the file; raises ``ValueError`` naming the row of a malformed value."""
    averages = []
    for number, raw in enumerate(csv.DictReader(lines), start=2):
        try:
            statistic = Statistic(raw["statistic"].strip())
            year = int(raw["year"])
        except (KeyError, ValueError) as error:
            raise ValueError(f"national averages, row {number}: {error}") from error
        d1, d2, d3, d4 = (_number(raw, column, number) for column in ("D1", "D2", "D3", "D4"))
        averages.append(
            PublishedAverage(
                row=number,
                year=year,
                scope=raw["scope"].strip(),
                statistic=statistic,
                index=_number(raw, "index", number),
                domains=(d1, d2, d3, d4),
                source=raw.get("source") or "",
            )
        )
    return averages


def read_national_averages(path: Path = NATIONAL_AVERAGES) -> list[PublishedAverage]:
    """The averages shipped with the package, or those of another file in the same format."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return parse_national_averages(handle)


def _number(raw: Mapping[str, str | None], column: str, row: int) -> Decimal | None:
    text = (raw.get(column) or "").strip()
    if not text:
        return None
    number = parse_number(text)
    if number is None:
        raise ValueError(f"national averages, row {row}, {column}: {text!r} is not a number")
    return number


def check_against_published(
    results: ResultSet, published: Iterable[PublishedAverage], *, framework: str = "spbe-2020"
) -> list[AverageCheck]:
    """Compute each printed statistic whose scope and year the results cover completely."""
    checks = []
    for average in published:
        kinds = SCOPE_KINDS.get(average.scope)
        if kinds is None or not results.is_complete(average.year, framework):
            continue
        rows = [r for kind in kinds for r in results.of_kind(average.year, framework, kind)]
        checks.append(AverageCheck(average, summarise(rows, average.statistic)))
    return checks
