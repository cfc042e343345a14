"""The same text, printed, scanned and read back by real OCR, gives the same answer."""

from __future__ import annotations

from pathlib import Path

import pytest

from spbe.precheck import check_document, indicator_rules
from spbe.textanalysis import extract_pages, tesseract_available
from tests.corpus.compose import Paragraph
from tests.corpus.render import write_docx, write_scanned_pdf, write_text_pdf
from tests.precheck.test_check import PERWALI_FOUR_DOMAINS

pytestmark = pytest.mark.slow


def paragraphs(pages: list[str]) -> list[Paragraph]:
    return [Paragraph(line) for page in pages for line in page.split("\n")]


def checked(path: Path, kind: str) -> tuple[int | None, tuple[str, ...], bool, tuple]:
    extracted = extract_pages(path, kind)
    rules = indicator_rules("spbe-2020", 1)
    assert rules is not None
    result = check_document(
        [page.text for page in extracted.pages],
        rules,
        agency="Pemerintah Kota Pematangsiantar",
        claimed_level=3,
        ocr=extracted.ocr_used,
    )
    facts = result.document
    document = (facts.kind, facts.number, facts.year, facts.enacted, str(facts.agency))
    return result.supported_level, result.missing, result.ocr, document


def test_the_scanned_perwali_gives_the_same_answer_as_its_text(tmp_path):
    assert tesseract_available("ind"), (
        "Tesseract with the Indonesian model is missing: run scripts/bootstrap"
    )
    scan = tmp_path / "perwali-scan.pdf"
    dpi = write_scanned_pdf(paragraphs(PERWALI_FOUR_DOMAINS), scan, seed=7)
    assert 150 <= dpi <= 200
    level, missing, ocr, document = checked(scan, "pdf")
    assert ocr is True
    assert (level, missing) == (2, ("Keamanan SPBE", "Layanan SPBE"))
    assert document == ("perwali", "12", 2023, True, "Kota Pematangsiantar")


@pytest.mark.parametrize(
    ("name", "writer", "kind"),
    [("perwali.pdf", write_text_pdf, "pdf"), ("perwali.docx", write_docx, "docx")],
)
def test_the_text_pdf_and_the_docx_give_the_issue_answer(tmp_path, name, writer, kind):
    path = tmp_path / name
    writer(paragraphs(PERWALI_FOUR_DOMAINS), path)
    level, missing, ocr, document = checked(path, kind)
    assert (level, missing, ocr) == (2, ("Keamanan SPBE", "Layanan SPBE"), False)
    assert document == ("perwali", "12", 2023, True, "Kota Pematangsiantar")
