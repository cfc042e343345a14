"""A criterion as the evaluated agency reads it: its own kind's variant, the others folded.

The Pemdi module texts write some criteria once for every agency and once per kind of agency
(Instansi Pusat, Pemerintah Provinsi, Pemerintah Kabupaten/Kota); ``spbe.library.kind_variants``
reads them. A criterion without variants (every SPBE 2020 criterion) is shown as before.
"""

from __future__ import annotations

from dataclasses import dataclass

from spbe.library.kind_variants import (
    CriterionText,
    KindVariant,
    group_of_agency_kind,
    split_kind_variants,
)


@dataclass(frozen=True)
class CriterionForAgency:
    text: CriterionText
    own: KindVariant | None
    others: tuple[KindVariant, ...]


def criteria_for_agency(
    levels: list[tuple[int, str]], agency_kind: str
) -> dict[int, CriterionForAgency]:
    """Per level with variants, the agency's own variant and the others; levels whose text has
    no variants are left out, so the page shows their text unchanged."""
    group = group_of_agency_kind(agency_kind)
    shown: dict[int, CriterionForAgency] = {}
    for level, text in levels:
        split = split_kind_variants(text)
        if split.variants:
            shown[level] = CriterionForAgency(
                split, split.variant_for(group), split.others_than(group)
            )
    return shown
