"""The one entry point the CLI, the web page and background tasks share."""

from __future__ import annotations

from spbe.precheck.check import PrecheckResult, Reference, check_document, describe_without_rules
from spbe.precheck.item_check import check_item
from spbe.precheck.rules import RulesFile, UnknownRules, load_rules
from spbe.precheck.signature import DigitalSignature


def precheck_pages(
    pages: list[str],
    *,
    framework: str,
    indicator: int,
    agency: str | None = None,
    claimed_level: int | None = None,
    ocr: bool = False,
    signature: DigitalSignature = DigitalSignature.NONE,
    reference: Reference | None = None,
    item: str | None = None,
    rules: RulesFile | None = None,
) -> PrecheckResult:
    """Check a document (the text of each page) as evidence for one indicator.

    Uses the shipped rules of ``framework``, or ``rules`` when given (a file a person is
    writing, see ``docs/evidence-check.md``). With ``item`` (a Pemdi evidence item such as
    ``I9-L1-01``) that has a rule, the document is checked against the item: the wrong
    object and the item's elements, no level (:func:`spbe.precheck.item_check.check_item`).
    Otherwise against the indicator's rules; for an indicator without rules ("belum ada
    aturan otomatis") the result has status ``no_rules``, the document's own facts (kind,
    number, dates, agency) and no level.
    The caller checks that the framework and indicator exist in the catalogue. ``signature``
    is what the document's digital signatures say (:func:`spbe.precheck.signature.digital_signature`).
    ``reference`` (the evaluation's day and year, the evidence's dates) enables the
    freshness warnings; it is never today's date unless the caller says so.
    """
    rules_file = rules
    if rules_file is None:
        try:
            rules_file = load_rules(framework)
        except UnknownRules:
            rules_file = None
    item_rule = rules_file.for_item(item) if rules_file and item else None
    if rules_file is not None and item_rule is not None:
        return check_item(
            pages,
            item_rule,
            framework=framework,
            agency=agency,
            ocr=ocr,
            rules_status=rules_file.status,
            freshness=rules_file.freshness,
            signature=signature,
            reference=reference,
        )
    indicator_rules = rules_file.for_indicator(indicator) if rules_file else None
    if rules_file is None or indicator_rules is None:
        return describe_without_rules(
            pages,
            framework=framework,
            indicator=indicator,
            agency=agency,
            ocr=ocr,
            freshness=rules_file.freshness if rules_file else None,
            reference=reference,
        )
    return check_document(
        pages,
        indicator_rules,
        agency=agency,
        claimed_level=claimed_level,
        ocr=ocr,
        rules_status=rules_file.status,
        signature=signature,
        reference=reference,
    )
