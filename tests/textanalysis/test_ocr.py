"""OCR with the real Tesseract and its Indonesian model, as installed by scripts/bootstrap."""

import re

import pytest
from PIL import Image

from spbe.textanalysis import (
    ExtractionFailed,
    TesseractOcr,
    extract_pages,
    tesseract_available,
)
from spbe.textanalysis.ocr import parse_tsv, prepare_photo
from tests.textanalysis import fabricate


def words(text):
    return re.sub(r"\s+", " ", text)


def top_of(page: Image.Image) -> Image.Image:
    """The part of a page with the title and the first lines: OCR is faster on less."""
    return page.crop((0, 0, page.width, page.height * 2 // 5))


def test_a_noisy_skewed_200_dpi_scan_wrapped_in_a_pdf_is_read(tmp_path):
    page = fabricate.scanned_page(fabricate.SHORT_LETTER, dpi=200, skew=1.5, noise=30)
    path = tmp_path / "perwal-pindaian.pdf"
    path.write_bytes(fabricate.scanned_pdf([page], dpi=200))
    result = extract_pages(path, "pdf")
    assert result.ocr_used
    (scanned,) = result.pages
    assert scanned.ocr
    assert scanned.confidence > 80
    text = words(scanned.text)
    for phrase in ("PERATURAN WALI KOTA", "ARSITEKTUR", "Peraturan Wali Kota tentang Arsitektur"):
        assert phrase in text


def test_a_phone_photo_stored_sideways_is_read_upright(tmp_path):
    photo = top_of(fabricate.scanned_page(fabricate.SHORT_LETTER, dpi=200, skew=-1)).convert("RGB")
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view": the camera was held sideways.
    path = tmp_path / "foto.jpg"
    photo.transpose(Image.Transpose.ROTATE_90).save(path, "JPEG", exif=exif, quality=85)
    result = extract_pages(path, "jpeg")
    assert "PERATURAN WALI KOTA" in words(result.pages[0].text)


def test_a_page_scanned_upside_down_is_read_again_with_orientation_detection(tmp_path):
    page = top_of(fabricate.scanned_page(fabricate.SHORT_LETTER, dpi=200))
    path = tmp_path / "terbalik.png"
    page.rotate(180).save(path)
    result = TesseractOcr().read(path, language="ind")
    assert "ARSITEKTUR SISTEM" in words(result.text)
    assert result.confidence > 80


def test_tesseract_and_the_indonesian_model_are_installed():
    assert tesseract_available("ind")
    assert not tesseract_available("xx_not_a_language")
    assert not tesseract_available("ind --psm 0")


def test_a_missing_language_model_is_named(tmp_path):
    path = tmp_path / "a.png"
    Image.new("L", (50, 50), 255).save(path)
    with pytest.raises(ExtractionFailed) as caught:
        TesseractOcr().read(path, language="xx_not_a_language")
    assert caught.value.params == {"language": "xx_not_a_language"}


def test_a_missing_tesseract_program_is_reported_as_ocr_unavailable(tmp_path):
    path = tmp_path / "a.png"
    Image.new("L", (50, 50), 255).save(path)
    with pytest.raises(ExtractionFailed) as caught:
        TesseractOcr(command="/nonexistent/tesseract").read(path, language="ind")
    assert caught.value.code == "ocr_unavailable"


def test_tesseract_is_stopped_at_its_timeout(tmp_path):
    path = tmp_path / "a.png"
    fabricate.scanned_page(dpi=100).save(path)
    with pytest.raises(ExtractionFailed) as caught:
        TesseractOcr(timeout=0.01).read(path, language="ind")
    assert (caught.value.code, caught.value.params["step"]) == ("timeout", "OCR")


def test_tsv_output_is_rebuilt_into_lines_and_paragraphs():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [
        "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t",
        "5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tPERATURAN",
        "5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80\tWALI",
        "5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t70\tNOMOR",
        "5\t1\t1\t1\t2\t2\t0\t0\t1\t1\t95\t ",
        "5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t60\tPasal",
    ]
    result = parse_tsv("\n".join([header, *rows]))
    assert result.text == "PERATURAN WALI\nNOMOR\n\nPasal"
    assert result.confidence == 75


def test_a_blank_page_has_no_text_and_no_confidence():
    assert parse_tsv("level\tpage_num\n1\t1\t0\t0\t0\t0\t0\t0\t9\t9\t-1\t") == parse_tsv("")
    assert parse_tsv("").confidence is None


def test_a_photo_with_an_exif_rotation_is_turned_upright_before_ocr(tmp_path):
    exif = Image.Exif()
    exif[0x0112] = 6
    source = tmp_path / "foto.jpg"
    Image.new("RGB", (300, 200), "white").save(source, "JPEG", exif=exif)
    upright = prepare_photo(source, tmp_path)
    assert upright != source
    with Image.open(upright) as image:
        assert image.size == (200, 300)


def test_an_ordinary_image_goes_to_tesseract_untouched(tmp_path):
    source = tmp_path / "layar.png"
    Image.new("RGBA", (300, 200), "white").save(source)
    assert prepare_photo(source, tmp_path) == source
