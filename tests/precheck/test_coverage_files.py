"""The new rules of issue 12 § 3 find their elements in generated files (text PDF and DOCX,
no OCR): an Arsitektur SPBE document and a Peta Rencana SPBE document, whole and partial,
and a report of an internal audit for its Pemdi item."""

from __future__ import annotations

from pathlib import Path

import pytest

from spbe.precheck import PrecheckResult, precheck_pages
from spbe.textanalysis import extract_pages
from tests.corpus.coverage import AGENCY, DOMAINS, PLANS, Made, architecture, audit_report, roadmap
from tests.corpus.render import write_docx, write_text_pdf

WRITERS = {"pdf": write_text_pdf, "docx": write_docx}


def check(
    made: Made,
    suffix: str,
    directory: Path,
    framework: str,
    indicator: int,
    item: str | None = None,
) -> PrecheckResult:
    path = directory / f"{made.slug}.{suffix}"
    WRITERS[suffix](made.paragraphs, path)
    pages = [page.text for page in extract_pages(path, suffix).pages]
    return precheck_pages(pages, framework=framework, indicator=indicator, item=item, agency=AGENCY)


def found(result: PrecheckResult) -> set[str]:
    return {row.element for row in result.criteria if row.found}


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
@pytest.mark.parametrize(
    ("made", "level"),
    [
        (architecture(tuple(DOMAINS)), 3),
        (architecture(("Proses Bisnis", "Aplikasi SPBE")), 2),
        (roadmap(PLANS), 3),
    ],
    ids=["arsitektur-lengkap", "arsitektur-sebagian", "peta-rencana-lengkap"],
)
def test_an_architecture_or_roadmap_document_supports_the_level_its_chapters_show(
    tmp_path, suffix, made, level
):
    indicator = 11 if made.slug.startswith("arsitektur") else 12
    result = check(made, suffix, tmp_path, "spbe-2020", indicator)
    assert result.supported_level == level
    assert found(result) == made.found
    assert not [flag.code for flag in result.flags if flag.code == "mismatch"]


@pytest.mark.parametrize("suffix", ["pdf", "docx"])
def test_an_internal_audit_report_is_what_its_item_asks_for_and_holds_its_elements(
    tmp_path, suffix
):
    made = audit_report()
    result = check(made, suffix, tmp_path, "pemdi-2026", 9, item="I9-L2-01")
    assert result.item == "I9-L2-01" and result.document.kind.value == "laporan"
    assert result.missing == ()
    assert made.found <= found(result)
    assert [flag.code for flag in result.flags] == []
