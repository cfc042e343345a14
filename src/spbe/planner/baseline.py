"""An estimated Pemdi 2026 starting point from an agency's SPBE 2020 values.

The mapping (``src/spbe/library/mappings/spbe-2020-to-pemdi-2026.json``) is UNOFFICIAL: it is
one regency's reading of which SPBE indicators feed which Pemdi indicator, not a KemenPANRB
table. Every result says so and carries the mapping's own status text.

How values are built, per Pemdi indicator and the mapping's ``kind``:

* ``components`` (named SPBE indicators): the plain mean of their SPBE values, rounded half-up
  to two decimals (the precision assessors use for Pemdi values), e.g. levels 1, 1, 3 → 1.67.
  The mean, because the source adds the components with no weights; unweighted, because the
  SPBE weights measure an indicator's share of the SPBE index, not of a Pemdi indicator.
* ``estimate`` and ``new`` (no SPBE counterpart), and any Pemdi indicator the mapping does not
  list: *not covered*. They get ``uncovered_value``, by default the bottom of the Pemdi scale
  (1, "Merintis"): with no evidence carried over, the planner should not assume any credit.
  The agency should replace these with its own self-assessment.

The estimated values are valid Pemdi values, so they can be scored and planned like any other.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from spbe.scoring.engine import round_half_up, score, to_decimal
from spbe.scoring.model import Number, ScoreResult, ScoringFramework

MAPPING_PATH = (
    Path(__file__).resolve().parent.parent / "library" / "mappings" / "spbe-2020-to-pemdi-2026.json"
)
SOURCE_FRAMEWORK = "spbe-2020"
TARGET_FRAMEWORK = "pemdi-2026"


class _Loose(BaseModel):
    # The mapping file is generated from the reference catalogue and may gain fields.
    model_config = ConfigDict(extra="ignore", frozen=True)


class SpbeReference(_Loose):
    number: int
    name: str


class MappingEntry(_Loose):
    pemdi_indicator: int
    pemdi_code: str
    pemdi_name: str
    kind: Literal["components", "estimate", "new"]
    source_text: str
    spbe2020_indicators: list[SpbeReference]
    note: str | None = None


class MappingDocument(_Loose):
    id: str
    title: str
    status: str
    source: str
    mappings: list[MappingEntry]


@dataclass(frozen=True, slots=True)
class BaselineItem:
    """One Pemdi indicator's estimated value and where it comes from."""

    indicator: int
    code: str
    name: str
    kind: str  # the mapping's kind, or "unmapped"
    covered: bool
    value: Decimal
    spbe_indicators: tuple[int, ...]
    spbe_values: tuple[Decimal, ...]
    source_text: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class PemdiBaseline:
    """The estimate: values and score, marked unofficial, with the uncovered indicators."""

    items: tuple[BaselineItem, ...]
    values: Mapping[int, Decimal]
    result: ScoreResult  # the estimated Pemdi 2026 score
    spbe_result: ScoreResult  # the SPBE 2020 score it was estimated from
    uncovered_value: Decimal
    mapping_status: str
    mapping_source: str
    official: bool = False

    @property
    def uncovered(self) -> tuple[int, ...]:
        return tuple(item.indicator for item in self.items if not item.covered)


@lru_cache(maxsize=4)
def read_mapping(path: Path = MAPPING_PATH) -> MappingDocument:
    """The SPBE 2020 → Pemdi 2026 mapping file, validated."""
    return MappingDocument.model_validate_json(path.read_text(encoding="utf-8"))


def estimate_pemdi_baseline(
    spbe_values: Mapping[int, Number],
    *,
    spbe: ScoringFramework,
    pemdi: ScoringFramework,
    mapping: MappingDocument | None = None,
    uncovered_value: Decimal | None = None,
    year: int | None = None,
) -> PemdiBaseline:
    """Estimate Pemdi 2026 values and index from validated SPBE 2020 values (see module doc).

    ``uncovered_value`` (default: the bottom of the Pemdi scale) is given to every indicator
    the mapping cannot cover. Raises ``ValueError`` if the frameworks are not SPBE 2020 and
    Pemdi 2026 or the mapping names indicators they do not have, and
    :class:`~spbe.scoring.values.ScoringInputError` if an SPBE value is missing.
    """
    if (spbe.id, pemdi.id) != (SOURCE_FRAMEWORK, TARGET_FRAMEWORK):
        raise ValueError(f"the mapping goes from {SOURCE_FRAMEWORK} to {TARGET_FRAMEWORK}")
    spbe_result = score(spbe, spbe_values, year=year)
    mapping = mapping or read_mapping()
    fallback = pemdi.value_range.minimum if uncovered_value is None else uncovered_value
    if not pemdi.value_range.minimum <= fallback <= pemdi.value_range.maximum:
        raise ValueError(f"the value for uncovered indicators {fallback} is off the Pemdi scale")
    entries = {entry.pemdi_indicator: entry for entry in mapping.mappings}
    _check_numbers(entries.values(), spbe, pemdi)

    items = []
    for indicator in pemdi.indicators:
        entry = entries.get(indicator.number)
        sources = tuple(ref.number for ref in entry.spbe2020_indicators) if entry else ()
        covered = entry is not None and entry.kind == "components" and bool(sources)
        source_values = tuple(Fraction(spbe_values[n]) for n in sources)
        value = (
            round_half_up(sum(source_values, Fraction(0)) / len(source_values))
            if covered
            else fallback
        )
        items.append(
            BaselineItem(
                indicator=indicator.number,
                code=entry.pemdi_code if entry else str(indicator.number),
                name=indicator.name,
                kind=entry.kind if entry else "unmapped",
                covered=covered,
                value=value,
                spbe_indicators=sources,
                spbe_values=tuple(to_decimal(v) for v in source_values),
                source_text=entry.source_text if entry else None,
                note=entry.note if entry else None,
            )
        )
    values = {item.indicator: item.value for item in items}
    return PemdiBaseline(
        items=tuple(items),
        values=values,
        result=score(pemdi, values, year=year),
        spbe_result=spbe_result,
        uncovered_value=fallback,
        mapping_status=mapping.status,
        mapping_source=mapping.source,
    )


def _check_numbers(
    entries: Iterable[MappingEntry], spbe: ScoringFramework, pemdi: ScoringFramework
) -> None:
    spbe_numbers, pemdi_numbers = set(spbe.indicator_numbers), set(pemdi.indicator_numbers)
    for entry in entries:
        unknown = {ref.number for ref in entry.spbe2020_indicators} - spbe_numbers
        if entry.pemdi_indicator not in pemdi_numbers or unknown:
            raise ValueError(
                f"the mapping entry for Pemdi {entry.pemdi_indicator} names unknown indicators"
            )
