"""The variants of a criterion for each kind of agency, as the Pemdi module texts write them.

Some criteria of Indeks Pemdi 2026 (and conditions, e.g. I1 level 2) say something for every
agency and then something different for each kind of agency, one line per kind, each line
starting with the kind's name::

    Langkah-langkah ... telah dilaksanakan ...            (every agency)
    Instansi Pusat: Fungsi utama pada Instansi Pusat ...
    Dilakukan koordinasi antar unit dan antar sektor ...  (still Instansi Pusat)
    Pemerintah Provinsi: Menyusun Arsitektur ...
    Pemerintah Kabupaten dan Pemerintah Kota: Menyusun ...

The library keeps the text as the module writes it; this module reads it. The rule: a line
that starts with a kind's name opens that kind's variant, and the lines after it belong to the
same variant until the next kind's name; lines before the first variant apply to every agency.
(The texts never return to common lines after the variants; if one did, it would be read as
part of the last variant, which is the safe side: nothing is hidden, only folded.)

Pure Python: no Django imports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class AgencyGroup(StrEnum):
    """The kinds of agency the module texts write variants for."""

    CENTRAL = "pusat"
    PROVINCE = "provinsi"
    REGENCY_OR_CITY = "kabupaten_kota"

    @property
    def label(self) -> str:
        """The module texts' own name (Bahasa Indonesia)."""
        return _LABELS[self]


_LABELS = {
    AgencyGroup.CENTRAL: "Instansi Pusat",
    AgencyGroup.PROVINCE: "Pemerintah Provinsi",
    AgencyGroup.REGENCY_OR_CITY: "Pemerintah Kabupaten/Kota",
}

# The agency kinds of ``organizations.AgencyKind`` (their stored values) and their group.
GROUP_OF_AGENCY_KIND = {
    "pusat": AgencyGroup.CENTRAL,
    "provinsi": AgencyGroup.PROVINCE,
    "kabupaten": AgencyGroup.REGENCY_OR_CITY,
    "kota": AgencyGroup.REGENCY_OR_CITY,
}

# How the texts open a variant; every spelling found in the library, and the obvious others.
_OPENINGS = re.compile(
    r"^\s*(?P<name>Instansi Pusat|Pemerintah Provinsi|"
    r"Pemerintah Kabupaten(?: dan Pemerintah Kota|\s*/\s*Kota)|Pemerintah Kab\s*/\s*Kota)"
    r"\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)


def _group_named(name: str) -> AgencyGroup:
    lowered = name.lower()
    if lowered.startswith("instansi"):
        return AgencyGroup.CENTRAL
    if "provinsi" in lowered:
        return AgencyGroup.PROVINCE
    return AgencyGroup.REGENCY_OR_CITY


@dataclass(frozen=True, slots=True)
class KindVariant:
    group: AgencyGroup
    lines: tuple[str, ...]

    @property
    def label(self) -> str:
        return self.group.label

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True, slots=True)
class CriterionText:
    """A criterion split into what holds for every agency and the variants per kind."""

    common: tuple[str, ...]
    variants: tuple[KindVariant, ...]

    @property
    def common_text(self) -> str:
        return "\n".join(self.common)

    def variant_for(self, group: AgencyGroup | None) -> KindVariant | None:
        """The variant for ``group``, or None (no such variant, or no group known)."""
        return next((v for v in self.variants if v.group is group), None)

    def others_than(self, group: AgencyGroup | None) -> tuple[KindVariant, ...]:
        """The variants of the other kinds (all of them when the group has none)."""
        own = self.variant_for(group)
        return tuple(v for v in self.variants if v is not own)


def split_kind_variants(text: str) -> CriterionText:
    """Split a criterion's text into its common lines and its variants per kind of agency.

    A text without variants comes back whole as its common lines. Two variants of the same
    kind (never seen) are kept in order, each as written.
    """
    common: list[str] = []
    variants: list[tuple[AgencyGroup, list[str]]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        opening = _OPENINGS.match(line)
        if opening:
            rest = opening["rest"].strip()
            variants.append((_group_named(opening["name"]), [rest] if rest else []))
        elif variants:
            variants[-1][1].append(line.strip())
        else:
            common.append(line.strip())
    return CriterionText(
        common=tuple(common),
        variants=tuple(KindVariant(group, tuple(lines)) for group, lines in variants),
    )


def group_of_agency_kind(kind: str) -> AgencyGroup | None:
    """The variant group of an agency kind (``"kota"`` → Pemerintah Kabupaten/Kota)."""
    return GROUP_OF_AGENCY_KIND.get(kind)
