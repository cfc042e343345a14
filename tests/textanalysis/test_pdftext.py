"""PDF text layers: counting readable text, telling scans apart, and the resolution to OCR at."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.textanalysis.errors import Deadline, ExtractionFailed
from spbe.textanalysis.pdftext import (
    FOOTER_TEXT_CHARS,
    MAX_RENDER_DPI,
    MAX_RENDER_PIXELS,
    MIN_RENDER_DPI,
    MIN_TEXT_CHARS,
    PdfPage,
    count_readable,
    looks_scanned,
    read_pages,
    render_page,
)
from tests.textanalysis.fabricate import text_pdf

A4 = (595.0, 842.0)


def page(text: str = "", *, coverage: float = 0.0, dpi: float | None = None, size=A4) -> PdfPage:
    return PdfPage(1, text, size[0], size[1], coverage, dpi)


def test_readable_characters_leave_out_spaces_and_unmapped_glyphs():
    assert count_readable(" Pasal 5\n(cid:12)(cid:3) ayat ") == len("Pasal5ayat")


def test_an_empty_text_has_nothing_readable():
    assert count_readable("") == 0
    assert page("(cid:1)(cid:2)").garbled_glyphs == 2


def test_a_page_of_text_without_images_is_not_a_scan():
    assert not looks_scanned(readable_chars=5, garbled_glyphs=0, image_coverage=0)


def test_a_page_mostly_unmapped_glyphs_is_read_by_ocr():
    assert looks_scanned(readable_chars=10, garbled_glyphs=11, image_coverage=0)


def test_an_image_with_almost_no_text_is_a_scan():
    assert looks_scanned(readable_chars=MIN_TEXT_CHARS - 1, garbled_glyphs=0, image_coverage=0.05)


def test_a_full_page_image_under_a_stamped_footer_is_a_scan():
    assert looks_scanned(readable_chars=FOOTER_TEXT_CHARS - 1, garbled_glyphs=0, image_coverage=0.9)
    assert not looks_scanned(readable_chars=FOOTER_TEXT_CHARS, garbled_glyphs=0, image_coverage=0.9)


def test_a_text_page_with_a_small_logo_is_not_a_scan():
    assert not looks_scanned(readable_chars=300, garbled_glyphs=0, image_coverage=0.1)


def test_a_page_decides_from_its_own_text_and_images():
    assert page("", coverage=1.0).looks_scanned()
    assert not page("Pasal 1 " * 20).looks_scanned()


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 2000), st.integers(0, 100), st.floats(0, 1))
def test_more_image_never_makes_a_scan_less_likely(chars, garbled, coverage):
    if looks_scanned(readable_chars=chars, garbled_glyphs=garbled, image_coverage=coverage):
        assert looks_scanned(
            readable_chars=chars, garbled_glyphs=garbled, image_coverage=min(1.0, coverage + 0.2)
        )


@pytest.mark.parametrize(
    ("dpi", "expected"),
    [(150.4, 150), (40, MIN_RENDER_DPI), (600, MAX_RENDER_DPI), (None, MAX_RENDER_DPI)],
)
def test_a_scan_is_rendered_at_its_own_resolution_within_bounds(dpi, expected):
    assert page(dpi=dpi).render_dpi() == expected


def test_a_huge_page_is_rendered_coarsely_enough_to_bound_its_pixels():
    huge = page(size=(14_400.0, 14_400.0))  # a 200-inch square
    dpi = huge.render_dpi()
    assert (200 * dpi) ** 2 <= MAX_RENDER_PIXELS
    assert dpi >= 1


def test_a_page_of_no_size_still_gets_a_resolution():
    assert page(size=(0.0, 0.0)).render_dpi() == MAX_RENDER_DPI


@settings(max_examples=60, deadline=None)
@given(st.floats(1, 20_000), st.floats(1, 20_000), st.one_of(st.none(), st.floats(1, 5000)))
def test_the_rendering_never_exceeds_the_pixel_bound_by_more_than_rounding(width, height, dpi):
    rendered = page(size=(width, height), dpi=dpi).render_dpi()
    assert 1 <= rendered <= MAX_RENDER_DPI
    if rendered > 1:
        assert (width / 72 * rendered) * (height / 72 * rendered) <= MAX_RENDER_PIXELS * 1.0001


def test_the_text_layer_of_each_page_is_read_in_order(tmp_path):
    path = tmp_path / "surat.pdf"
    path.write_bytes(text_pdf(["PERATURAN WALI KOTA", "Pasal 2"]))
    pages = list(read_pages(path, deadline=Deadline(seconds=60, ends=float("inf"))))
    assert [p.number for p in pages] == [1, 2]
    assert "PERATURAN WALI KOTA" in pages[0].text and "Pasal 2" in pages[1].text
    assert (pages[0].width_pt, pages[0].height_pt) == pytest.approx(A4, abs=1)
    assert pages[0].image_coverage == 0 and pages[0].image_dpi is None


def test_an_unreadable_pdf_raises_extraction_failed(tmp_path):
    path = tmp_path / "rusak.pdf"
    path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n")
    with pytest.raises(ExtractionFailed) as raised:
        list(read_pages(path, deadline=Deadline(seconds=60, ends=float("inf"))))
    assert raised.value.code == "unreadable" and raised.value.params["kind"] == "pdf"


def test_reading_stops_at_the_deadline(tmp_path):
    path = tmp_path / "surat.pdf"
    path.write_bytes(text_pdf(["satu"]))
    with pytest.raises(ExtractionFailed) as raised:
        list(read_pages(path, deadline=Deadline(seconds=1, ends=0)))
    assert raised.value.code == "timeout" and raised.value.params["page"] == 1


def test_a_page_is_rendered_to_a_grey_image(tmp_path):
    path = tmp_path / "surat.pdf"
    path.write_bytes(text_pdf(["satu", "dua"]))
    image = render_page(path, 2, dpi=20, directory=tmp_path)
    assert image.name == "page-2.pgm"
    assert image.read_bytes().startswith(b"P5")


def test_rendering_a_page_that_does_not_exist_fails_naming_it(tmp_path):
    path = tmp_path / "surat.pdf"
    path.write_bytes(text_pdf(["satu"]))
    with pytest.raises(ExtractionFailed) as raised:
        render_page(path, 5, dpi=20, directory=tmp_path)
    assert (raised.value.code, raised.value.params["page"]) == ("render_failed", 5)


def test_rendering_without_poppler_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(ExtractionFailed, match="poppler-utils"):
        render_page(tmp_path / "x.pdf", 1, dpi=20, directory=tmp_path)
