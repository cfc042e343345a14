"""Ranks among peers and the agencies that moved most, over published results.

**Ranking.** Competition ranking ("1224"): an agency's position is one more than the number of
peers with a strictly higher value, so tied agencies share a position and the next one skips
(two agencies at 3.50 are both 4th, the next is 6th). It reads as "n agencies scored higher",
is how league tables are printed, and does not flatter a crowded group as dense ranking
("1223") would. Values are compared as published (two decimals). Peers without a value for the
metric (a blank domain) are not ranked and are counted in ``unranked``.

**Peers.** The same kind nationwide ("among all kota"), or for a kabupaten or kota the
kabupaten and kota of its province ("among the kabupaten/kota of Sumatera Utara"), always in
the same year and framework.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum, StrEnum

from spbe.benchmarks.dataset import ResultSet
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.published import PublishedResult


class Metric(IntEnum):
    """What is ranked: the index or one domain (numbered as in the framework)."""

    INDEX = 0
    KEBIJAKAN = 1
    TATA_KELOLA = 2
    MANAJEMEN = 3
    LAYANAN = 4

    def value_of(self, result: PublishedResult) -> Decimal | None:
        return result.index if self is Metric.INDEX else result.domains[self - 1]


class PeerScope(StrEnum):
    KIND = "kind"
    PROVINCE = "province"


@dataclass(frozen=True, slots=True)
class Rank:
    """A competition rank: ``position`` of ``total``; ``tied`` counts the agency itself."""

    position: int
    total: int
    tied: int
    unranked: int
    value: Decimal

    @property
    def is_tied(self) -> bool:
        return self.tied > 1


def competition_rank(value: Decimal, values: Iterable[Decimal]) -> tuple[int, int]:
    """Position of ``value`` among ``values`` (which include it) and how many share it."""
    higher = equal = 0
    for other in values:
        if other > value:
            higher += 1
        elif other == value:
            equal += 1
    return higher + 1, equal


def rank_among(
    peers: Iterable[PublishedResult], agency_key: str, metric: Metric = Metric.INDEX
) -> Rank | None:
    """The agency's rank within ``peers``; ``None`` if it is not among them or has no value."""
    values: list[Decimal] = []
    own: Decimal | None = None
    unranked = 0
    present = False
    for peer in peers:
        value = metric.value_of(peer)
        if peer.agency_key == agency_key:
            present, own = True, value
        if value is None:
            unranked += 1
        else:
            values.append(value)
    if not present or own is None:
        return None
    position, tied = competition_rank(own, values)
    return Rank(position=position, total=len(values), tied=tied, unranked=unranked, value=own)


def peers_of(
    results: ResultSet, result: PublishedResult, scope: PeerScope
) -> Sequence[PublishedResult] | None:
    """The results ``result`` is ranked among; ``None`` when the scope does not apply.

    Only kabupaten and kota have a province scope: a province is ranked among provinces and
    a central agency among central agencies.
    """
    if scope is PeerScope.KIND:
        return results.of_kind(result.year, result.framework, result.kind)
    if not result.kind.is_municipal or not result.province:
        return None
    return results.of_province(result.year, result.framework, result.province)


def rank(
    results: ResultSet,
    result: PublishedResult,
    scope: PeerScope,
    metric: Metric = Metric.INDEX,
) -> Rank | None:
    """``result``'s rank in its peer group; ``None`` if the scope does not apply."""
    peers = peers_of(results, result, scope)
    return None if peers is None else rank_among(peers, result.agency_key, metric)


@dataclass(frozen=True, slots=True)
class Mover:
    """An agency's index in two years and the change between them."""

    agency: str
    agency_key: str
    kind: Kind
    province: str | None
    before: Decimal
    after: Decimal

    @property
    def delta(self) -> Decimal:
        return self.after - self.before


def movers(
    results: ResultSet,
    from_year: int,
    to_year: int,
    *,
    framework: str = "spbe-2020",
    kind: Kind | None = None,
    province: str | None = None,
) -> list[Mover]:
    """Every agency published in both years (optionally of one kind or province), biggest rise
    first; equal changes are ordered by name. Names and province are those of ``to_year``."""
    if kind is not None:
        later: Sequence[PublishedResult] = results.of_kind(to_year, framework, kind)
    else:
        later = results.of_year(to_year, framework)
    found = []
    for result in later:
        if province is not None and result.province != province:
            continue
        earlier = results.get(result.agency_key, from_year, framework)
        if earlier is not None:
            found.append(
                Mover(result.agency, result.agency_key, result.kind, result.province,
                      earlier.index, result.index)
            )  # fmt: skip
    return sorted(found, key=lambda mover: (-mover.delta, mover.agency))


def biggest_movers(
    results: ResultSet,
    from_year: int,
    to_year: int,
    *,
    limit: int = 10,
    framework: str = "spbe-2020",
    kind: Kind | None = None,
    province: str | None = None,
) -> tuple[list[Mover], list[Mover]]:
    """The ``limit`` biggest rises and the ``limit`` biggest falls (largest fall first)."""
    ordered = movers(results, from_year, to_year, framework=framework, kind=kind, province=province)
    risers = [mover for mover in ordered if mover.delta > 0][:limit]
    fallers = sorted(
        (mover for mover in ordered if mover.delta < 0), key=lambda m: (m.delta, m.agency)
    )[:limit]
    return risers, fallers
