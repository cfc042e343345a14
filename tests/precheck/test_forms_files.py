"""The drafting forms of issue 12 § 1 through real files: DOCX with Word's own list numbering
(the marker is not in the text) and tables, text PDFs and scans made the way the corpus
makes them; each gives the answer its specification says."""

from __future__ import annotations

from pathlib import Path

import pytest

from spbe.precheck import precheck_pages
from spbe.textanalysis import extract_pages, tesseract_available
from tests.corpus import write_document
from tests.corpus.model import Format, Spec
from tests.corpus.plan import corpus_specs, truth

FORMS = {
    spec.slug: spec
    for spec in corpus_specs()
    if (spec.style or spec.topic.style) in ("enumerated", "tabled", "omnibus", "annex_table")
}
SUFFIX = {"docx": "docx", "text_pdf": "pdf", "scanned_pdf": "pdf"}


def answer(spec: Spec, fmt: Format, directory: Path) -> tuple[int | None, tuple[str, ...]]:
    path = write_document(spec, fmt, directory)
    pages = [page.text for page in extract_pages(path, SUFFIX[fmt]).pages]
    result = precheck_pages(
        pages, framework=spec.framework, indicator=spec.indicator, agency=spec.issuer.name
    )
    return result.supported_level, result.missing


def expected(spec: Spec) -> tuple[int, tuple[str, ...]]:
    truth_ = truth(spec)
    return truth_.supported_level, truth_.missing


def test_the_forms_cover_enumerations_tables_and_a_comprehensive_regulation_of_five_indicators():
    styles = [spec.style or spec.topic.style for spec in FORMS.values()]
    assert styles.count("enumerated") >= 3 and styles.count("tabled") >= 3
    assert styles.count("annex_table") >= 1
    markers = {spec.marker for spec in FORMS.values() if spec.marker}
    assert markers >= {"(1)", "a)", "-"}
    omnibus = {spec.indicator for spec in FORMS.values() if spec.topic.style == "omnibus"}
    assert len(omnibus) >= 5


@pytest.mark.parametrize("fmt", ["docx", "text_pdf"])
@pytest.mark.parametrize("slug", sorted(FORMS))
def test_each_form_gives_its_expected_answer(tmp_path, slug, fmt):
    spec = FORMS[slug]
    assert answer(spec, fmt, tmp_path) == expected(spec)


def test_the_docx_enumeration_is_word_numbering_not_typed_markers(tmp_path):
    import zipfile

    path = write_document(FORMS["spbe-2020-02-enumerated-l3-siantar"], "docx", tmp_path)
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert "<w:numPr>" in xml
    assert ">rencana Tata Kelola SPBE" in xml  # no "a." or "1." typed before the item


@pytest.mark.slow
@pytest.mark.parametrize(
    "slug",
    [
        "spbe-2020-02-enumerated-l3-siantar",
        "spbe-2020-02-enumerated-l2-simalungun",
        "spbe-2020-02-penyelenggaraan-l2-simalungun",
    ],
)
def test_a_scan_of_the_form_gives_its_expected_answer(tmp_path, slug):
    assert tesseract_available("ind"), "Tesseract with the Indonesian model is missing"
    spec = FORMS[slug]
    assert answer(spec, "scanned_pdf", tmp_path) == expected(spec)
