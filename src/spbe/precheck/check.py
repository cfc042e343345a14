"""The pre-check: which criteria a document meets, and the highest level it supports.

Decisions (see ``docs/evidence-check.md``):

- Levels are cumulative: a document supports level N when it meets levels 1..N, each level's
  kinds, enactment and elements.
- Elements count only where a provision regulates them: the definitions article, the preamble,
  the closing and the elucidation never count, and neither does a provision that merely lists
  ``listing_threshold`` or more elements ("ruang lingkup … meliputi: a. …; b. …; c. …").
- A draft (RANCANGAN, KONSEP, DRAF) supports at most level 1.
- A document unrelated to the indicator (its subject is not found) supports level 0.
- A document issued by another agency than the one evaluated supports level 0 and is flagged;
  when no agency can be read from it, it is flagged but not lowered.
- A kind the level does not accept (a circular, minutes, a unit head's decree where a
  regulation or the head of the agency's decree is required) stops at the level below.
- No level above the rules' highest automatic level is ever awarded: from level 5 (and for
  Pemdi often earlier) a person must judge other evidence.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from spbe.precheck.document import DocumentFacts, describe_structure
from spbe.precheck.finder import ElementFinder, Hit
from spbe.precheck.flags import Flag
from spbe.precheck.freshness import freshness_flags
from spbe.precheck.mismatch import mismatch_flags
from spbe.precheck.rules import RECORD_KINDS, Freshness, IndicatorRules
from spbe.precheck.signature import DigitalSignature
from spbe.precheck.structure import Structure, parse_structure
from spbe.precheck.text import excerpt

QUOTE_LIMIT = 200


class CheckStatus(StrEnum):
    """Whether automatic rules decided the result."""

    CHECKED = "checked"
    ITEM = "item"  # an evidence item's rule: the wrong object and the elements, no level
    NO_RULES = "no_rules"  # "belum ada aturan otomatis"


@dataclass(frozen=True)
class CriterionResult:
    """One element of one level's criterion: found or not, and where."""

    level: int
    element: str
    found: bool
    page: int | None = None
    quote: str | None = None


@dataclass(frozen=True)
class Reference:
    """What freshness is measured against: the evaluation's reference day (e.g. its
    self-assessment deadline) and year, and the evidence's own dates from its metadata."""

    day: datetime.date | None = None
    evaluated_year: int | None = None
    effective_on: datetime.date | None = None
    expires_on: datetime.date | None = None


@dataclass(frozen=True)
class PrecheckResult:
    """The whole answer for one document and one indicator; see :func:`result_as_json`."""

    framework: str
    indicator: int
    status: CheckStatus
    document: DocumentFacts
    supported_level: int | None
    claimed_level: int | None
    highest_automatic_level: int | None
    criteria: tuple[CriterionResult, ...]
    missing: tuple[str, ...]
    flags: tuple[Flag, ...]
    notes: tuple[str, ...]
    rules_status: str | None
    ocr: bool
    digital_signature: DigitalSignature = DigitalSignature.NONE
    item: str | None = None  # the evidence item (butir) checked, e.g. "I9-L1-01"


def check_document(
    pages: list[str],
    rule: IndicatorRules,
    *,
    agency: str | None,
    claimed_level: int | None = None,
    ocr: bool = False,
    rules_status: str | None = None,
    signature: DigitalSignature = DigitalSignature.NONE,
    reference: Reference | None = None,
) -> PrecheckResult:
    """Check a document, given as the text of each page, against one indicator's rules.

    ``claimed_level`` is the level the agency claims; criteria are reported for it and the
    levels below (by default: up to the highest level the rules decide). ``agency`` is the
    evaluated agency's name, if known. ``signature`` is what the document's digital
    signatures say (see :mod:`spbe.precheck.signature`): a valid one counts as enactment.
    ``reference`` gives the evaluation's day and the
    evidence's dates for the freshness warnings; without it only the period can be judged
    (against nothing, so nothing is said).
    """
    structure = parse_structure(pages)
    facts = describe_structure(structure, agency=agency)
    finder = ElementFinder(structure, rule, record=facts.kind in RECORD_KINDS)
    rows: list[CriterionResult] = []
    met: list[bool] = []
    flags: list[Flag] = []
    for level in rule.levels:
        level_rows = []
        kind_ok = facts.kind.value in level.document_kinds
        if level.enacted:
            enacted = _enacted(facts, signature) and kind_ok
            level_rows.append(_enacted_row(level.level, rule.enacted_element, enacted, facts))
        for element in level.elements:
            hit = finder.find(element)
            level_rows.append(element_row(structure, level.level, element.name, hit))
        met.append(kind_ok and all(row.found for row in level_rows))
        rows.extend(level_rows)
        if (
            not kind_ok
            and level.automatic
            and not any(f.code == "kind_not_accepted" for f in flags)
        ):
            flags.append(
                Flag("kind_not_accepted", {"level": level.level, "kind": facts.kind.value})
            )
    supported = 0
    for level, ok in zip(rule.levels, met, strict=True):
        if not (ok and level.automatic):
            break
        supported = level.level
    if facts.kind not in RECORD_KINDS:
        rows = _nothing_counts_if_unrelated(rows, rule)
    supported = _apply_caps(supported, facts, rule, rows, flags, agency, signature)
    claimed = claimed_level or rule.highest_automatic_level
    shown = tuple(row for row in rows if row.level <= claimed)
    missing = tuple(dict.fromkeys(row.element for row in shown if not row.found))
    if claimed > rule.highest_automatic_level:
        flags.append(
            Flag(
                "needs_person",
                {"levels": list(range(rule.highest_automatic_level + 1, claimed + 1))},
            )
        )
    if rule.asks_for:
        flags += mismatch_flags(structure, facts, rule.asks_for)
    flags += freshness_of(facts, rule.freshness, reference)
    if not "".join(pages).strip():
        flags.append(Flag("no_text"))
    return PrecheckResult(
        framework=rule.framework,
        indicator=rule.indicator,
        status=CheckStatus.CHECKED,
        document=facts,
        supported_level=supported,
        claimed_level=claimed,
        highest_automatic_level=rule.highest_automatic_level,
        criteria=shown,
        missing=missing,
        flags=tuple(_unique(flags)),
        notes=_notes(rule, claimed),
        rules_status=rules_status,
        ocr=ocr,
        digital_signature=signature,
    )


def describe_without_rules(
    pages: list[str],
    *,
    framework: str,
    indicator: int,
    agency: str | None,
    ocr: bool = False,
    freshness: Freshness | None = None,
    reference: Reference | None = None,
) -> PrecheckResult:
    """The result for an indicator without automatic rules ("belum ada aturan otomatis"):
    the document's own facts and dates (the framework's ``freshness``), no level."""
    facts = describe_structure(parse_structure(pages), agency=agency)
    flags = []
    if facts.belongs_to_agency is False:
        flags.append(Flag("other_agency", {"document_agency": str(facts.agency), "agency": agency}))
    flags += freshness_of(facts, freshness, reference)
    return PrecheckResult(
        framework=framework,
        indicator=indicator,
        status=CheckStatus.NO_RULES,
        document=facts,
        supported_level=None,
        claimed_level=None,
        highest_automatic_level=None,
        criteria=(),
        missing=(),
        flags=tuple(flags),
        notes=(),
        rules_status=None,
        ocr=ocr,
    )


def _apply_caps(
    supported: int,
    facts: DocumentFacts,
    rule: IndicatorRules,
    rows: list[CriterionResult],
    flags: list[Flag],
    agency: str | None,
    signature: DigitalSignature = DigitalSignature.NONE,
) -> int:
    if signature is DigitalSignature.INVALID:
        flags.append(Flag("signature_invalid"))
    if facts.status == "draft":
        flags.append(Flag("draft"))
        supported = min(supported, 1)
    elif not _enacted(facts, signature) and any(
        level.enacted and facts.kind.value in level.document_kinds for level in rule.levels
    ):
        # Only where enactment could count: minutes and reports are never enacted.
        flags.append(Flag("not_enacted"))
    subjects = [row for row in rows if row.level == 1 and row.element in _subject_names(rule)]
    if subjects and not any(row.found for row in subjects):
        if facts.kind in RECORD_KINDS:
            flags.append(Flag("subject_not_named"))
        else:
            flags.append(Flag("unrelated"))
    if agency:
        if facts.agency is None:
            flags.append(Flag("agency_not_found", {"agency": agency}))
        elif facts.belongs_to_agency is False:
            flags.append(
                Flag("other_agency", {"document_agency": str(facts.agency), "agency": agency})
            )
            supported = 0
    return supported


def _nothing_counts_if_unrelated(
    rows: list[CriterionResult], rule: IndicatorRules
) -> list[CriterionResult]:
    """In a document that is not about the indicator's subject, no element counts: an SK of
    the assessor team says what *its* team does ("Tim Asesor … bertugas …"), which is not the
    coordination team's task however the words match. Whether it is enacted stays a fact of
    the document."""
    subjects = _subject_names(rule)
    subject_rows = [row for row in rows if row.level == 1 and row.element in subjects]
    if not subject_rows or any(row.found for row in subject_rows):
        return rows
    kept = subjects | {rule.enacted_element}
    return [
        row
        if row.element in kept or not row.found
        else CriterionResult(row.level, row.element, False)
        for row in rows
    ]


def _enacted(facts: DocumentFacts, signature: DigitalSignature) -> bool:
    """A dated signature block or promulgation in the text, or a valid digital signature on a
    document that is not a draft."""
    return facts.status == "enacted" or (
        signature is DigitalSignature.VALID and facts.status != "draft"
    )


def freshness_of(
    facts: DocumentFacts, freshness: Freshness | None, reference: Reference | None
) -> list[Flag]:
    if reference is None:
        return []
    return freshness_flags(
        facts,
        freshness,
        reference_day=reference.day,
        evaluated_year=reference.evaluated_year,
        effective_on=reference.effective_on,
        expires_on=reference.expires_on,
    )


def _subject_names(rule: IndicatorRules) -> set[str]:
    return {e.name for level in rule.levels for e in level.elements if e.where == "subject"}


def _notes(rule: IndicatorRules, claimed: int) -> tuple[str, ...]:
    notes = [rule.note] if rule.note else []
    notes += [level.note for level in rule.levels if level.note and level.level <= claimed]
    return tuple(notes)


def _unique(flags: list[Flag]) -> list[Flag]:
    seen: list[Flag] = []
    for flag in flags:
        if flag not in seen:
            seen.append(flag)
    return seen


def _enacted_row(level: int, name: str, found: bool, facts: DocumentFacts) -> CriterionResult:
    if not found:
        return CriterionResult(level, name, False)
    return CriterionResult(level, name, True, facts.evidence_page, facts.evidence_quote)


def element_row(structure: Structure, level: int, name: str, hit: Hit | None) -> CriterionResult:
    if hit is None:
        return CriterionResult(level, name, False)
    span = structure.span(hit.segment)
    offset = hit.segment.start
    quote = excerpt(span, hit.start - offset, hit.end - offset, limit=QUOTE_LIMIT)
    return CriterionResult(level, name, True, structure.page_at(hit.start), quote)


def result_as_json(result: PrecheckResult) -> dict[str, Any]:
    """The result as JSON-ready data: the CLI's ``--json`` output and what an evidence link stores."""
    facts = result.document
    return {
        "framework": result.framework,
        "indicator": result.indicator,
        "status": result.status.value,
        "document": {
            "kind": facts.kind.value,
            "title": facts.title,
            "number": facts.number,
            "year": facts.year,
            "enacted": facts.enacted,
            "status": facts.status,
            "agency": str(facts.agency) if facts.agency else None,
            "belongs_to_agency": facts.belongs_to_agency,
            "enacted_on": facts.enacted_on.isoformat() if facts.enacted_on else None,
            "period": (
                {"start": facts.period.start, "end": facts.period.end} if facts.period else None
            ),
        },
        "supported_level": result.supported_level,
        "claimed_level": result.claimed_level,
        "highest_automatic_level": result.highest_automatic_level,
        "criteria": [
            {
                "level": row.level,
                "element": row.element,
                "found": row.found,
                "page": row.page,
                "quote": row.quote,
            }
            for row in result.criteria
        ],
        "missing": list(result.missing),
        "flags": [{"code": flag.code, **flag.detail} for flag in result.flags],
        "notes": list(result.notes),
        "rules_status": result.rules_status,
        "ocr": result.ocr,
        "digital_signature": result.digital_signature.value,
        "item": result.item,
    }
