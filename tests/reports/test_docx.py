"""The Word document, read back with python-docx: portal notes per indicator, review minutes."""

from __future__ import annotations

import io

import pytest
from docx import Document

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
