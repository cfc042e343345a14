"""The automatic pre-check of evidence documents (pure: no Django imports).

Given the text of each page of a document and the rules of one indicator, report per
criterion what is found (page and quote) and what is missing, the document's kind, number,
year, enactment and issuing agency, and the highest level the document itself supports.

    from spbe.precheck import precheck_pages, result_as_json

    result = precheck_pages(
        pages, framework="spbe-2020", indicator=1, agency="Kota Pematangsiantar", claimed_level=3
    )
    data = result_as_json(result)  # status "no_rules": "belum ada aturan otomatis"

Rules are data (``src/spbe/library/evidence-rules/``); see ``docs/evidence-check.md``.
"""

from spbe.precheck.check import (
    CheckStatus,
    CriterionResult,
    Flag,
    PrecheckResult,
    Reference,
    check_document,
    describe_without_rules,
    result_as_json,
)
from spbe.precheck.dates import Period, enactment_date, find_period, parse_date
from spbe.precheck.document import DocumentFacts, describe_document
from spbe.precheck.rules import (
    DocumentKind,
    IndicatorRules,
    RulesFile,
    UnknownRules,
    indicator_rules,
    load_rules,
)
from spbe.precheck.run import precheck_pages

__all__ = [
    "CheckStatus",
    "CriterionResult",
    "DocumentFacts",
    "DocumentKind",
    "Flag",
    "IndicatorRules",
    "Period",
    "PrecheckResult",
    "Reference",
    "RulesFile",
    "UnknownRules",
    "check_document",
    "describe_document",
    "describe_without_rules",
    "enactment_date",
    "find_period",
    "indicator_rules",
    "load_rules",
    "parse_date",
    "precheck_pages",
    "result_as_json",
]
