"""The Word document, read back with python-docx: portal notes per indicator, review minutes."""

from __future__ import annotations

import io
from dataclasses import replace
from decimal import Decimal

import pytest
from django.utils import translation
from docx import Document

from spbe.reports.docx import portal_level
from spbe.reports.models import ReportFormat

pytestmark = [pytest.mark.django_db, pytest.mark.dates]


@pytest.fixture(scope="module")
def document(spbe_report):
    return Document(io.BytesIO(spbe_report.files[ReportFormat.DOCX]))


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_each_indicator_has_its_notes_in_the_portals_order(spbe_report, document):
    indicators = spbe_report.data.indicators
    titles = headings(document, 2)
    assert titles[: len(indicators)] == [f"{row.code}. {row.name}" for row in indicators]
    tables = document.tables[: len(indicators)]
    for table, row in zip(tables, indicators, strict=True):
        labels = [cells.cells[0].text for cells in table.rows]
        assert labels == [
            "Level",
            "Criteria met",
            "Justification (penjelasan)",
            "Evidence (bukti dukung)",
        ]
        assert table.rows[2].cells[1].text == row.justification
        evidence = table.rows[3].cells[1].text.split("\n")
        assert len(evidence) == len(row.evidence)


def test_the_level_to_enter_is_the_verified_one(spbe_report, document):
    rows = {row.number: row for row in spbe_report.data.indicators}
    verified = next(
        row for row in rows.values() if row.verified is not None and row.verified != row.claimed
    )
    table = document.tables[verified.number - 1]
    assert table.rows[0].cells[1].text == str(int(verified.verified))
    returned = rows[9]
    assert document.tables[8].rows[0].cells[1].text == f"{int(returned.claimed)} (not yet verified)"


def test_the_review_minutes_follow_on_the_letterhead_with_results_and_signatures(
    spbe_report, document
):
    assert "Minutes of the internal review" in headings(document, 1)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Of its 47 indicators" in text
    assert "Reviewed by: rep-asesor-internal." in text
    letterhead = document.tables[len(spbe_report.data.indicators)]
    assert "PEMERINTAH KOTA UJI" in letterhead.rows[0].cells[-1].text
    results = document.tables[len(spbe_report.data.indicators) + 1]
    assert [c.text for c in results.rows[0].cells] == [
        "#",
        "Indicator",
        "Claim",
        "Verified",
        "Result",
        "Note",
    ]
    assert len(results.rows) == 48
    signatures = document.tables[-1]
    assert signatures.rows[0].cells[0].text == "Internal assessor"
    assert len(document.sections) == 2
    assert abs(document.sections[1].page_width.cm - 21.0) < 0.01


def test_the_document_is_a4_with_two_centimetre_margins_in_arial_ten_point(document):
    section = document.sections[0]
    assert (round(section.page_width.cm, 2), round(section.page_height.cm, 2)) == (21.0, 29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        assert round(getattr(section, side).cm, 2) == 2.0
    normal = document.styles["Normal"]
    assert (normal.font.name, normal.font.size.pt) == ("Arial", 10)


def test_the_notes_open_with_the_agency_the_framework_the_revision_and_the_official_index(
    spbe_report, document
):
    summary = spbe_report.data.summary
    paragraphs = [p.text for p in document.paragraphs]
    opening = paragraphs[paragraphs.index("Self-assessment notes for the national portal") + 1]
    assert opening == (
        f"{summary.agency_name} · {summary.framework_title} · {summary.year} "
        f"(revision {summary.revision_number})"
    )
    official = summary.official
    index_line = next(p for p in paragraphs if p.startswith("Index ("))
    assert f"{official.predicate}." in index_line
    assert "Predicate decided by the unrounded index" in index_line


def test_each_evidence_line_names_the_number_year_level_and_link(spbe_report, document):
    row = next(
        row
        for row in spbe_report.data.indicators
        if any(item.number and item.level for item in row.evidence)
    )
    table = document.tables[row.number - 1]
    lines = table.rows[3].cells[1].text.split("\n")
    for line, item in zip(lines, row.evidence, strict=True):
        assert line.startswith(item.title)
        if item.number:
            assert f"no. {item.number}" in line
        if item.level:
            assert f"level {item.level}" in line
        if item.url:
            assert line.endswith(item.url)


def test_the_portal_level_is_the_verified_one_the_claim_not_yet_verified_or_a_dash(spbe_report):
    row = spbe_report.data.indicators[0]
    with translation.override("en"):
        assert portal_level(replace(row, claimed=Decimal(3), verified=Decimal(2))) == "2"
        assert portal_level(replace(row, claimed=Decimal(3), verified=None)) == (
            "3 (not yet verified)"
        )
        assert portal_level(replace(row, claimed=None, verified=None)) == "—"


def test_the_review_results_list_every_indicator_with_its_result_and_note(spbe_report, document):
    results = document.tables[len(spbe_report.data.indicators) + 1]
    rows = [[cell.text for cell in row.cells] for row in results.rows[1:]]
    for cells, row in zip(rows, spbe_report.data.indicators, strict=True):
        assert (cells[0], cells[1], cells[4]) == (row.code, row.name, row.state_label)
        assert cells[5] == (row.verification_reason or row.return_note)


def test_both_signatures_have_a_blank_line_to_sign_on(document):
    signatures = document.tables[-1]
    assert [cell.text for cell in signatures.rows[0].cells] == [
        "Internal assessor",
        "Coordinator, Tim Koordinasi SPBE",
    ]
    assert all(cell.text == "( ……………………………… )" for cell in signatures.rows[2].cells)
