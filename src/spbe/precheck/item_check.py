"""The pre-check of a document against one Pemdi evidence item (butir data dukung).

An item ("Laporan Hasil Audit Internal …", "Penetapan Tim Audit …") is one piece of a level's
evidence, so the check gives no level. It says what it can about the document (kind, number,
dates, whether it is this agency's), whether it is the object the item asks for ("ini SK Tim
Asesor, yang diminta SK Tim Audit"), and which of the item's elements it contains, with page
and quote. Elements are found as for an indicator (``spbe.precheck.finder``): never in the
preamble or the definitions, and in a regulation on many subjects only in the chapters on the
item's subject.
"""

from __future__ import annotations

from spbe.precheck.check import (
    CheckStatus,
    CriterionResult,
    PrecheckResult,
    Reference,
    element_row,
    freshness_of,
)
from spbe.precheck.document import describe_structure
from spbe.precheck.finder import ElementFinder
from spbe.precheck.flags import Flag
from spbe.precheck.mismatch import mismatch_flags
from spbe.precheck.rules import Element, Freshness, IndicatorRules, ItemRule, LevelRule
from spbe.precheck.signature import DigitalSignature
from spbe.precheck.structure import parse_structure


def item_as_indicator_rules(item: ItemRule, framework: str) -> IndicatorRules:
    """The item as a one-level rule set the element finder reads: its subject (what it asks
    for) and its elements."""
    subject = Element(
        name=item.asks_for.subject, where="subject", wordings=item.asks_for.subject_wordings
    )
    elements = [subject, *(e for e in item.elements if e.name != subject.name)]
    return IndicatorRules(
        framework=framework,
        indicator=item.indicator,
        name=item.code,
        levels=[
            LevelRule(
                level=1,
                criterion=item.text,
                document_kinds=item.asks_for.kinds,
                elements=elements,
            )
        ],
    )


def check_item(
    pages: list[str],
    item: ItemRule,
    *,
    framework: str,
    agency: str | None,
    ocr: bool = False,
    rules_status: str | None = None,
    freshness: Freshness | None = None,
    signature: DigitalSignature = DigitalSignature.NONE,
    reference: Reference | None = None,
) -> PrecheckResult:
    """Check a document, given as the text of each page, against one evidence item's rule.

    The criteria are the item's subject and elements, at the item's level; ``missing`` names
    those not found. Flags: ``mismatch`` / ``line_item_missing`` (the wrong object),
    ``draft``, ``other_agency`` / ``agency_not_found``, ``signature_invalid``, the freshness
    flags (against ``reference``) and ``no_text``. ``supported_level`` is None: an item
    proves a part of a level, never a level.
    """
    structure = parse_structure(pages)
    facts = describe_structure(structure, agency=agency)
    rules = item_as_indicator_rules(item, framework)
    finder = ElementFinder(structure, rules)
    rows: list[CriterionResult] = [
        element_row(structure, item.level, element.name, finder.find(element))
        for element in rules.levels[0].elements
    ]
    flags: list[Flag] = mismatch_flags(structure, facts, item.asks_for)
    if facts.status == "draft":
        flags.append(Flag("draft_item"))
    if signature is DigitalSignature.INVALID:
        flags.append(Flag("signature_invalid"))
    if agency and facts.agency is None:
        flags.append(Flag("agency_not_found", {"agency": agency}))
    elif agency and facts.belongs_to_agency is False:
        flags.append(Flag("other_agency_item", {"document_agency": str(facts.agency)}))
    flags += freshness_of(facts, freshness, reference)
    if not "".join(pages).strip():
        flags.append(Flag("no_text"))
    notes = (item.note,) if item.note else ()
    return PrecheckResult(
        framework=framework,
        indicator=item.indicator,
        status=CheckStatus.ITEM,
        document=facts,
        supported_level=None,
        claimed_level=None,
        highest_automatic_level=None,
        criteria=tuple(rows),
        missing=tuple(row.element for row in rows if not row.found),
        flags=tuple(flags),
        notes=notes,
        rules_status=rules_status,
        ocr=ocr,
        digital_signature=signature,
        item=item.code,
    )
