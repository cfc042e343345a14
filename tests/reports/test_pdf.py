"""The PDF report: read back with pypdf, rendered to images with pdftoppm for the layout."""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from PIL import Image
from pypdf import PdfReader

from spbe.core.templatetags.spbe import level
from spbe.evaluations.scores import IndexKind
from spbe.reports.models import ReportFormat
from spbe.reports.pdf import TEMPLATE, css_string, page_number_content, pdf_context
from spbe.reports.wording import number
from tests.timeouts import run

A4_POINTS = (595, 842)  # 210 × 297 mm
DPI = 40
MM = DPI / 25.4
# The page margins are 20 mm (22 mm at the bottom, where the footer sits at about 10 mm). A
# pixel drawn within 18 mm of the right edge, or within 5 mm of the bottom edge, has left the
# text area: a table wider than the page, an unbroken word, a chart too tall for a page.
RIGHT_BAND_MM = 18
BOTTOM_BAND_MM = 5
INK = 245  # darker than this (0 black, 255 white) counts as drawn

# The reports are rendered once per session (conftest); the marker makes pytest-django create
# the test database even when only these tests run.
pytestmark = [pytest.mark.django_db, pytest.mark.dates]


def pdf_text(content: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(content)).pages]


@pytest.fixture(scope="module")
def pages(spbe_report):
    return pdf_text(spbe_report.files[ReportFormat.PDF])


def test_the_pdf_states_the_index_and_the_predicate(spbe_report, pages):
    official = spbe_report.data.summary.official
    with translation.override("en"):
        shown = number(official.index)
    summary = next(text for text in pages if "Summary" in text)
    assert shown in summary
    assert official.predicate and official.predicate in summary
    assert spbe_report.data.summary.official_kind is IndexKind.VERIFIED


def test_the_pdf_states_every_index_and_its_predicate_basis(spbe_report, pages):
    text = " ".join(pages)
    assert "Predicate decided by the unrounded index (policy for 2026)" in text
    for figure in spbe_report.data.summary.indices:
        if figure.available:
            with translation.override("en"):
                assert number(figure.index) in text


def test_every_page_is_a4_and_numbered(spbe_report, pages):
    reader = PdfReader(io.BytesIO(spbe_report.files[ReportFormat.PDF]))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == A4_POINTS
    total = len(pages)
    assert f"Page 2 of {total}" in pages[1]
    assert f"Page {total} of {total}" in pages[-1]


def test_the_pdf_has_the_cover_the_sections_and_the_annex(spbe_report, pages):
    text = " ".join(pages)
    data = spbe_report.data
    assert "Self-assessment report" in pages[0]
    for heading in ("Summary", "Charts", "Recommendations", "Annex: evidence"):
        assert heading in text
    for domain in data.summary.domains:
        assert domain.name in text
    for aspect in data.summary.aspects:
        assert aspect.name.split()[0] in text
    assert "Laporan reviu indikator 47" in text  # the evidence, and the annex
    assert "Bukti dukung tingkat 3 belum memuat notulen reviu." in text  # a review note


def test_the_charts_are_vector_drawings_whose_words_are_text(spbe_report, pages):
    charts = next(text for text in pages if text.startswith("Charts") or "\nCharts" in text)
    for word in ("Self-assessment", "Verified", "Target", "Kebijakan Internal"):
        assert word in charts
    reader = PdfReader(io.BytesIO(spbe_report.files[ReportFormat.PDF]))
    rasters = {
        name
        for page in reader.pages
        for name, item in page["/Resources"].get("/XObject", {}).items()
        if item.get_object()["/Subtype"] == "/Image"
    }
    assert len(rasters) == 1  # the logo; the charts are drawn, not pasted in as pictures


def test_the_cover_carries_the_configured_letterhead_and_logo(spbe_report, pages):
    assert "PEMERINTAH KOTA UJI" in pages[0]
    assert "Jalan Merdeka No. 1, Kota Uji" in pages[0]
    cover = PdfReader(io.BytesIO(spbe_report.files[ReportFormat.PDF])).pages[0]
    assert len(cover.images) == 1


def test_the_recommendations_list_the_plans_steps(spbe_report, pages):
    plan = spbe_report.data.recommendations
    assert plan.available and plan.steps
    text = " ".join(pages)
    for step in plan.steps:
        assert step.name[:30] in text.replace("\n", " ")


def indicator_sections(data) -> dict[int, str]:
    """Each indicator's section of the report's HTML as plain text, by indicator number."""
    with translation.override("en"):
        html = render_to_string(TEMPLATE, pdf_context(data))
    return {
        int(number): " ".join(unescape(re.sub(r"<[^>]+>", " ", body)).split())
        for number, body in re.findall(
            r'<div class="indicator" id="indicator-(\d+)">(.*?)\n</div>', html, flags=re.S
        )
    }


def test_every_indicator_has_a_section_with_its_three_levels_and_its_criteria(spbe_report):
    sections = indicator_sections(spbe_report.data)
    rows = spbe_report.data.indicators
    assert sorted(sections) == sorted(row.number for row in rows)
    with translation.override("en"):
        for row in rows:
            section = sections[row.number]
            assert section.startswith(f"{row.code}. {row.name}")
            claimed = f"Claimed level: {level(row.claimed)}"
            if row.criteria_met:
                claimed += f" (criteria met: {', '.join(map(str, row.criteria_met))})"
            assert claimed in section
            assert f"Verified level: {level(row.verified)}" in section
            assert f"External result: {level(row.external)}" in section
            assert f"State: {row.state_label}" in section


def test_every_indicator_lists_its_justification_evidence_and_review_notes(spbe_report):
    sections = indicator_sections(spbe_report.data)
    assert any(row.review_notes for row in spbe_report.data.indicators)
    for row in spbe_report.data.indicators:
        section = sections[row.number]
        assert " ".join(row.justification.split()) in section
        for item in row.evidence:
            assert f"• {item.title}" in section
        for note in row.review_notes:
            assert note.note in section


def test_every_indicators_heading_is_in_the_pdf(spbe_report, pages):
    text = " ".join(" ".join(pages).split())
    for row in spbe_report.data.indicators:
        assert f"{row.code}. {row.name[:30]}" in text


def test_a_framework_without_domains_gets_aspect_sections(pemdi_report):
    text = " ".join(pdf_text(pemdi_report.files[ReportFormat.PDF]))
    assert "Domain 1." not in text
    assert "Aspect 1. Tata Kelola dan Manajemen" in text


def test_nothing_overflows_into_the_page_edges(spbe_report, tmp_path: Path):
    """Render every page and look for ink where only white margin may be.

    The test data carries what overflows a careless layout: a 120-character unbroken token in a
    justification, long URLs, a very long document title, long criteria in the plan's table.
    """
    assert shutil.which("pdftoppm"), "poppler-utils is missing: run scripts/bootstrap"
    source = tmp_path / "report.pdf"
    source.write_bytes(spbe_report.files[ReportFormat.PDF])
    run(["pdftoppm", "-r", str(DPI), "-gray", "-png", source, tmp_path / "page"], check=True)
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(PdfReader(source).pages)
    overflowing = []
    for path in images:
        with Image.open(path) as image:
            page = image.convert("L")
            width, height = page.size
            right = page.crop((width - round(RIGHT_BAND_MM * MM), 0, width, height))
            bottom = page.crop((0, height - round(BOTTOM_BAND_MM * MM), width, height))
            if right.getextrema()[0] < INK or bottom.getextrema()[0] < INK:
                overflowing.append(path.name)
    assert overflowing == []


def test_the_overflow_check_would_see_a_table_wider_than_the_page(tmp_path: Path):
    """The check above is not vacuous: a deliberately wide table trips it."""
    from weasyprint import HTML

    html = (
        "<style>@page { size: A4; margin: 20mm; }</style>"
        "<table style='width: 260mm'><tr><td style='background: black'>x</td></tr></table>"
    )
    source = tmp_path / "wide.pdf"
    source.write_bytes(HTML(string=html).write_pdf())
    run(["pdftoppm", "-r", str(DPI), "-gray", "-png", source, tmp_path / "p"], check=True)
    with Image.open(next(tmp_path.glob("p-*.png"))) as image:
        page = image.convert("L")
        width, height = page.size
        right = page.crop((width - round(RIGHT_BAND_MM * MM), 0, width, height))
        assert right.getextrema()[0] < INK


def test_an_illustrative_evaluation_says_so_on_the_cover_and_beside_the_index(spbe_report):
    summary = replace(
        spbe_report.data.summary, illustrative=True, source_note="Laporan Evaluasi SPBE 2024"
    )
    data = replace(spbe_report.data, summary=summary)
    with translation.override("en"):
        html = render_to_string(TEMPLATE, pdf_context(data))
    assert html.count("Per-indicator values are illustrative.") >= 3
    assert "Source: Laporan Evaluasi SPBE 2024" in html


def test_css_strings_cannot_break_out_of_the_stylesheet():
    quoted = css_string('Kota "Uji"</style><script>')
    assert "<" not in quoted and '"Uji"' not in quoted
    assert quoted.startswith('"') and quoted.endswith('"')


def test_the_page_number_reads_in_the_users_language():
    with translation.override("en"):
        assert page_number_content() == '"Page " counter(page) " of " counter(pages)'
