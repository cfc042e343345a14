"""Published results written by hand for the benchmark tests, one keyword per field that varies."""

from __future__ import annotations

from decimal import Decimal

from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.matching import agency_key
from spbe.benchmarks.published import PublishedResult

Domains = tuple[str | None, str | None, str | None, str | None]


def result(
    name: str,
    index: str,
    *,
    kind: Kind = Kind.KOTA,
    province: str | None = "Bali",
    year: int = 2024,
    framework: str = "spbe-2020",
    domains: Domains = (None, None, None, None),
) -> PublishedResult:
    """One agency's result; a kota in Bali in 2024 under SPBE 2020 unless told otherwise."""
    d1, d2, d3, d4 = (None if d is None else Decimal(d) for d in domains)
    return PublishedResult(
        row=0,
        agency=name,
        agency_key=agency_key(name, kind),
        kind=kind,
        province=None if kind is Kind.PUSAT else province,
        year=year,
        framework=framework,
        domains=(d1, d2, d3, d4),
        index=Decimal(index),
        predicate=None,
        source="test",
    )
