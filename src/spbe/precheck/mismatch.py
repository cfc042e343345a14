"""The "wrong object": a document of another kind or subject than the one asked for.

Assessors often return an SK for the assessor team where the audit team's SK was due, or an
RKA page without the relevant line item. The rule says what is asked for
(``IndicatorRules.asks_for``: kinds, a label such as "SK Tim Audit TIK", the subject's
wordings and, for RKA/DPA, the line item's wordings); the document's own subject is what its
title block says after TENTANG ("PEMBENTUKAN TIM ASESOR INTERNAL SPBE DI LINGKUNGAN …" →
"Tim Asesor Internal SPBE").
"""

from __future__ import annotations

import re

from spbe.precheck.document import DocumentFacts
from spbe.precheck.flags import Flag
from spbe.precheck.rules import RECORD_KINDS, AsksFor, DocumentKind
from spbe.precheck.structure import Part, Structure
from spbe.precheck.text import compile_wording

_I = re.IGNORECASE
_LEADING = re.compile(
    r"^(?:(?:perubahan\s+atas\s+)?(?:keputusan\s+\S+\s+)?)?"
    r"(pembentukan|penetapan|pengangkatan|penunjukan|susunan(\s+keanggotaan)?|"
    r"keanggotaan|kebijakan|pedoman|tata\s+cara|penyelenggaraan)\s+",
    _I,
)
_TRAILING = re.compile(
    r"\s+(di\s+lingkungan|pada|pemerintah\s+(kota|kabupaten|provinsi)|kota|kabupaten|"
    r"provinsi|tahun|periode|masa\s+jabatan)\b.*$",
    _I,
)
_SMALL = {"dan", "atau", "di", "pada", "untuk", "dari", "yang", "serta", "tentang"}
_ACRONYMS = {"SPBE", "TIK", "TI", "IT", "OPD", "SKPD", "PD", "PDP", "SOP", "RKA", "DPA", "SPIP"}
BUDGET_KINDS = frozenset({DocumentKind.RKA, DocumentKind.DPA})


def document_subject(title: str | None) -> str | None:
    """What a document is about, from its title: the words after TENTANG without the act
    ("Pembentukan", "Penetapan") or the agency and year that follow."""
    if not title:
        return None
    subject = _LEADING.sub("", " ".join(title.split()))
    subject = _TRAILING.sub("", subject).strip(" .,:;")
    if not subject:
        return None
    return " ".join(_word(word) for word in subject.split()[:12])


def _word(word: str) -> str:
    if word.upper() in _ACRONYMS:
        return word.upper()
    return word.lower() if word.lower() in _SMALL else word.capitalize()


def mismatch_flags(structure: Structure, facts: DocumentFacts, asks: AsksFor) -> list[Flag]:
    """``mismatch`` when the document's kind or subject is not what is asked for;
    ``line_item_missing`` when an asked-for RKA/DPA does not contain the line item."""
    flags: list[Flag] = []
    head = "\n".join(
        [structure.zone(Part.TITLE) or structure.text[:600]]
        + [structure.span(segment) for segment in structure.parts(Part.HEADING)]
    )
    subject_ok = any(compile_wording(wording).search(head) for wording in asks.subject_wordings)
    kind_ok = facts.kind.value in asks.kinds
    if kind_ok and not subject_ok and facts.kind in RECORD_KINDS:
        flags.append(Flag("subject_not_named"))
    elif not (subject_ok and kind_ok):
        flags.append(
            Flag(
                "mismatch",
                {
                    "document_kind": facts.kind.value,
                    "document_subject": document_subject(facts.title) or "",
                    "asked": asks.label,
                    "kind_matches": kind_ok,
                    "subject_matches": subject_ok,
                },
            )
        )
    if asks.line_item and facts.kind in BUDGET_KINDS:
        patterns = [compile_wording(wording) for wording in asks.line_item.wordings]
        if not any(pattern.search(structure.text) for pattern in patterns):
            flags.append(
                Flag(
                    "line_item_missing",
                    {"kind": facts.kind.value, "line_item": asks.line_item.name},
                )
            )
    return flags
