"""Which indicators and evidence items ask for a document, read from the framework's own words.

The pre-check must have a rule for each of them (issue 12 § 3); the test that says so reads
the framework library through these functions instead of a hand list that could drift.

- An **SPBE 2020 indicator** asks for a document when the evidence of its first level (the
  guide's "Kriteria Bukti Dukung") names one: a policy, regulation or decree, a document
  (not "dokumentasi"), minutes, a report, an SOP, an RKA or a DPA. For indicators 32–47 the
  first level asks for documentation of a running application (screenshots, a URL), which
  is not a document the check can read for criteria.
- A **Pemdi evidence item** (butir) asks for a document when its text names one: an SK or
  a penetapan, a regulation, an SOP, a report, an RKA/RKAD/DPA, minutes (notulensi,
  risalah, berita acara) or an agreement (MoU, PKS).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

_SPBE_DOCUMENT = re.compile(
    r"\b(dokumen(?!tasi)|notulen\w*|laporan|sop|rka|dpa|peraturan|keputusan|kebijakan)\b",
    re.IGNORECASE,
)
# Acronyms in capitals only ("SK", not the "sk" of a word); words in any case.
_ITEM_DOCUMENT = re.compile(
    r"\b(SK|SOP|RKA\w*|DPA|MoU|PKS)\b|"
    r"\b(?i:surat keputusan|penetapan|peraturan|perwali|perbup|laporan|notulen\w*|risalah|"
    r"berita acara)\b"
)


def evidence_names_a_document(first_level_evidence: str | None) -> bool:
    """Whether an SPBE 2020 indicator's first-level evidence text names a document."""
    return bool(first_level_evidence and _SPBE_DOCUMENT.search(first_level_evidence))


def item_names_a_document(text: str) -> bool:
    """Whether a Pemdi evidence item's text names a document."""
    return bool(_ITEM_DOCUMENT.search(text))


def documentary_indicators(evidence_per_indicator: Mapping[int, Mapping[str, str]]) -> list[int]:
    """The indicators whose lowest level with evidence names a document, given each
    indicator's per-level evidence texts (``{"1": "…", "2": "…"}``)."""
    found = []
    for number, per_level in sorted(evidence_per_indicator.items()):
        levels = sorted(per_level, key=int)
        if levels and evidence_names_a_document(per_level[levels[0]]):
            found.append(number)
    return found


def documentary_items(items: Iterable[tuple[str, str]]) -> list[str]:
    """The codes of the items (code, text) whose text names a document."""
    return [code for code, text in items if item_names_a_document(text)]
