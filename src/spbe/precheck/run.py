"""The one entry point the CLI, the web page and background tasks share."""

from __future__ import annotations

from spbe.precheck.check import PrecheckResult, Reference, check_document, describe_without_rules
from spbe.precheck.rules import UnknownRules, load_rules


def precheck_pages(
    pages: list[str],
    *,
    framework: str,
    indicator: int,
    agency: str | None = None,
    claimed_level: int | None = None,
    ocr: bool = False,
    reference: Reference | None = None,
) -> PrecheckResult:
    """Check a document (the text of each page) as evidence for one indicator.

    Uses the shipped rules of ``framework``; for an indicator without rules ("belum ada aturan
    otomatis") the result has status ``no_rules``, the document's own facts and no level.
    The caller checks that the framework and indicator exist in the catalogue.
    ``reference`` (the evaluation's day and year, the evidence's dates) enables the
    freshness warnings; it is never today's date unless the caller says so.
    """
    try:
        rules_file = load_rules(framework)
    except UnknownRules:
        rules_file = None
    rules = rules_file.for_indicator(indicator) if rules_file else None
    if rules_file is None or rules is None:
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
        rules,
        agency=agency,
        claimed_level=claimed_level,
        ocr=ocr,
        rules_status=rules_file.status,
        reference=reference,
    )
