import datetime
import functools
import io

import pytest
from docx import Document
from docx.oxml import OxmlElement

from spbe.textanalysis import ExtractionFailed, OcrResult, extract_pages, office
from spbe.textanalysis.extract import clean
from spbe.textanalysis.pdftext import PdfPage, looks_scanned
from tests.textanalysis import fabricate

FOOTER = (
    "Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat\n"
    "elektronik yang diterbitkan oleh Balai Sertifikasi Elektronik (BSrE), BSSN"
)


class FakeOcr:
    """Stands in for Tesseract: records what it was asked to read and answers a fixed text."""

    def __init__(self, text="Teks hasil OCR halaman pindaian", fail=None):
        self.text, self.fail, self.calls = text, fail, []

    def read(self, image, *, language, dpi=None):
        self.calls.append({"image": image.name, "language": language, "dpi": dpi})
        if self.fail:
            raise self.fail
        return OcrResult(text=self.text, confidence=91.5)


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


@functools.cache
def scan(dpi=200):
    return fabricate.scanned_page(fabricate.SHORT_LETTER, dpi=dpi)


def test_a_text_pdf_gives_the_text_of_each_page_without_ocr(tmp_path):
    path = write(tmp_path, "perwal.pdf", fabricate.text_pdf(["Peraturan Wali Kota", "", "Pasal 2"]))
    engine = FakeOcr()
    result = extract_pages(path, "pdf", ocr=engine)
    assert [(page.number, page.text, page.ocr) for page in result.pages] == [
        (1, "Peraturan Wali Kota", False),
        (2, "", False),
        (3, "Pasal 2", False),
    ]
    assert not result.ocr_used
    assert engine.calls == []


def test_only_the_scanned_page_of_a_mixed_pdf_is_ocrd_at_its_scan_resolution(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in (fabricate.text_pdf(["Halaman teks"]), fabricate.scanned_pdf([scan(200)])):
        writer.append(PdfReader(io.BytesIO(data)))
    buffer = io.BytesIO()
    writer.write(buffer)
    engine = FakeOcr()
    result = extract_pages(write(tmp_path, "campur.pdf", buffer.getvalue()), "pdf", ocr=engine)
    assert [(page.text, page.ocr) for page in result.pages] == [
        ("Halaman teks", False),
        ("Teks hasil OCR halaman pindaian", True),
    ]
    assert result.pages[1].confidence == 91.5
    assert result.ocr_used
    assert engine.calls == [{"image": "page-2.pgm", "language": "ind", "dpi": 200}]


def test_a_low_resolution_scan_is_rendered_at_its_own_resolution_not_upscaled(tmp_path):
    engine = FakeOcr()
    extract_pages(
        write(tmp_path, "fax.pdf", fabricate.scanned_pdf([scan(100)], dpi=100)), "pdf", ocr=engine
    )
    assert engine.calls[0]["dpi"] == 100


def test_a_scan_turned_with_the_pdf_rotate_key_keeps_its_resolution(tmp_path):
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(fabricate.scanned_pdf([scan(200)]))))
    writer.pages[0].rotate(90)
    buffer = io.BytesIO()
    writer.write(buffer)
    engine = FakeOcr()
    extract_pages(write(tmp_path, "miring.pdf", buffer.getvalue()), "pdf", ocr=engine)
    assert engine.calls[0]["dpi"] == 200


def test_a_scan_with_an_electronic_signature_footer_is_still_ocrd(tmp_path):
    data = fabricate.image_pdf(scan(), dpi=200, text=FOOTER)
    engine = FakeOcr(text=fabricate.SHORT_LETTER + "\n" + FOOTER)
    result = extract_pages(write(tmp_path, "tte.pdf", data), "pdf", ocr=engine)
    assert result.pages[0].ocr
    assert "ARSITEKTUR SISTEM" in result.pages[0].text


def test_a_text_page_with_a_small_logo_is_not_ocrd(tmp_path):
    logo = fabricate.scanned_page("LOGO", dpi=30)
    text = "\n".join(["Laporan pelaksanaan evaluasi mandiri SPBE tahun 2024"] * 10)
    data = fabricate.image_pdf(logo, dpi=300, text=text, full_page=False)
    engine = FakeOcr()
    result = extract_pages(write(tmp_path, "laporan.pdf", data), "pdf", ocr=engine)
    assert engine.calls == []
    assert result.pages[0].text.startswith("Laporan pelaksanaan")


def test_ocr_text_shorter_than_the_text_layer_keeps_the_text_layer(tmp_path):
    data = fabricate.image_pdf(scan(), dpi=200, text=FOOTER)
    result = extract_pages(write(tmp_path, "tte.pdf", data), "pdf", ocr=FakeOcr(text="x"))
    assert result.pages[0].text == FOOTER
    assert not result.pages[0].ocr


def test_without_an_ocr_engine_scanned_pages_are_listed_as_unread(tmp_path):
    path = write(tmp_path, "scan.pdf", fabricate.scanned_pdf([scan(), scan()]))
    result = extract_pages(path, "pdf", ocr=None)
    assert result.unread_pages == [1, 2]
    assert [page.text for page in result.pages] == ["", ""]
    assert not result.ocr_used


def test_an_ocr_failure_names_the_page(tmp_path):
    engine = FakeOcr(fail=ExtractionFailed("ocr_failed", reason="tesseract crashed"))
    path = write(tmp_path, "scan.pdf", fabricate.scanned_pdf([scan()]))
    with pytest.raises(ExtractionFailed) as caught:
        extract_pages(path, "pdf", ocr=engine)
    assert caught.value.params == {"reason": "tesseract crashed", "page": 1}
    assert str(caught.value) == "OCR failed (tesseract crashed) (page 1)"


@pytest.mark.parametrize(
    ("readable", "garbled", "coverage", "scanned"),
    [
        (0, 0, 1.0, True),
        (19, 0, 0.05, True),
        (20, 0, 0.05, False),
        (150, 0, 0.9, True),
        (400, 0, 0.9, False),
        (0, 0, 0.0, False),
        (10, 500, 0.0, True),
    ],
)
def test_a_page_is_a_scan_when_it_shows_an_image_and_says_little(
    readable, garbled, coverage, scanned
):
    assert (
        looks_scanned(readable_chars=readable, garbled_glyphs=garbled, image_coverage=coverage)
        is scanned
    )


def test_a_docx_is_split_into_pages_at_explicit_page_breaks(tmp_path):
    data = fabricate.docx_bytes(
        [["KEPUTUSAN WALI KOTA", "Nomor 5 Tahun 2024"], ["LAMPIRAN"]],
        table=[["Nama", "Jabatan"], ["Budi", "Ketua"]],
    )
    result = extract_pages(write(tmp_path, "sk.docx", data), "docx")
    assert [page.text for page in result.pages] == [
        "KEPUTUSAN WALI KOTA\nNomor 5 Tahun 2024",
        "LAMPIRAN\nNama\tJabatan\nBudi\tKetua",
    ]
    assert [page.number for page in result.pages] == [1, 2]


def test_a_docx_laid_out_by_word_breaks_where_word_broke_the_pages(tmp_path):
    document = Document()
    for text in ("Bab I", "Bab II", "Bab III"):
        run = document.add_paragraph().add_run(text)
        if text != "Bab I":
            run._r.insert(0, OxmlElement("w:lastRenderedPageBreak"))
    buffer = io.BytesIO()
    document.save(buffer)
    result = extract_pages(write(tmp_path, "word.docx", buffer.getvalue()), "docx")
    assert [page.text for page in result.pages] == ["Bab I", "Bab II", "Bab III"]


def test_a_docx_text_box_and_tracked_changes_are_read_once(tmp_path):
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    document = f"""<w:document xmlns:w="{w}" xmlns:mc="{mc}"><w:body>
      <w:p><w:r><mc:AlternateContent>
        <mc:Choice><w:txbxContent><w:p><w:r><w:t>Kotak teks</w:t></w:r></w:p></w:txbxContent></mc:Choice>
        <mc:Fallback><w:txbxContent><w:p><w:r><w:t>Kotak teks</w:t></w:r></w:p></w:txbxContent></mc:Fallback>
      </mc:AlternateContent></w:r></w:p>
      <w:p><w:del><w:r><w:delText>lama</w:delText></w:r></w:del><w:ins><w:r><w:t>baru</w:t></w:r></w:ins></w:p>
      <w:p><w:moveFrom><w:r><w:t>pindah</w:t></w:r></w:moveFrom></w:p>
      <w:p><w:moveTo><w:r><w:t>pindah</w:t></w:r></w:moveTo></w:p>
    </w:body></w:document>"""
    data = fabricate.zip_bytes({"word/document.xml": document.encode()})
    result = extract_pages(write(tmp_path, "revisi.docx", data), "docx")
    assert result.pages[0].text.split() == ["Kotak", "teks", "baru", "pindah"]


def test_a_docx_without_breaks_is_one_page(tmp_path):
    result = extract_pages(
        write(tmp_path, "sop.docx", fabricate.docx_bytes([["SOP", "Langkah 1"]])), "docx"
    )
    assert [page.text for page in result.pages] == ["SOP\nLangkah 1"]


def test_an_xlsx_gives_one_page_per_sheet_named_after_it(tmp_path):
    data = fabricate.xlsx_bytes(
        {
            "Indikator": [
                ["No", "Indikator", "Nilai"],
                [1, "Kebijakan Internal", 3.0],
                [2, None, 2.5],
            ],
            "Jadwal": [["Rapat", datetime.datetime(2024, 3, 14)]],
        }
    )
    result = extract_pages(write(tmp_path, "rekap.xlsx", data), "xlsx")
    assert [(page.number, page.label, page.text) for page in result.pages] == [
        (1, "Indikator", "No\tIndikator\tNilai\n1\tKebijakan Internal\t3\n2\t\t2.5"),
        (2, "Jadwal", "Rapat\t2024-03-14"),
    ]
    assert not result.truncated


def test_a_huge_workbook_is_read_up_to_the_cell_limit_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(office, "MAX_CELLS", 10)
    rows = [[n, n * 2] for n in range(20)]
    result = extract_pages(
        write(tmp_path, "besar.xlsx", fabricate.xlsx_bytes({"Data": rows})), "xlsx"
    )
    assert result.truncated
    assert result.pages[0].text.splitlines() == ["0\t0", "1\t2", "2\t4", "3\t6", "4\t8"]


@pytest.mark.parametrize(
    ("name", "kind", "data"),
    [
        ("rusak.docx", "docx", fabricate.zip_bytes({"word/lain.xml": b"<x/>"})),
        ("rusak.xlsx", "xlsx", b"bukan zip"),
        ("rusak.pdf", "pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"),
    ],
)
def test_an_unreadable_document_raises_extraction_failed(tmp_path, name, kind, data):
    with pytest.raises(ExtractionFailed) as caught:
        extract_pages(write(tmp_path, name, data), kind, ocr=None)
    assert (caught.value.code, caught.value.params["kind"]) == ("unreadable", kind)


def test_an_unknown_kind_is_refused(tmp_path):
    with pytest.raises(ExtractionFailed) as caught:
        extract_pages(write(tmp_path, "a.txt", b"halo"), "txt")
    assert caught.value.code == "unsupported_kind"


def test_extraction_stops_at_its_deadline(tmp_path):
    path = write(tmp_path, "perwal.pdf", fabricate.text_pdf(["a", "b"]))
    with pytest.raises(ExtractionFailed) as caught:
        extract_pages(path, "pdf", timeout=0)
    assert (caught.value.code, caught.value.params["page"]) == ("timeout", 1)


def test_text_is_normalised_for_matching():
    raw = "Veriﬁkasi\u00addokumen  \r\n\n\n\n\nPasal\x00 1 "
    assert clean(raw) == "Verifikasidokumen\n\nPasal 1"


def a4_page(image_dpi, width_pt=595.0, height_pt=842.0):
    return PdfPage(1, "", width_pt, height_pt, image_coverage=1.0, image_dpi=image_dpi)


def test_a_very_fine_scan_is_rendered_at_300_dpi():
    assert a4_page(600).render_dpi() == 300


def test_a_page_without_a_scan_is_rendered_at_300_dpi():
    assert a4_page(None).render_dpi() == 300


def test_a_hostile_page_size_is_rendered_at_a_resolution_that_bounds_its_pixels():
    huge = a4_page(200, width_pt=14_400, height_pt=14_400)  # 200 × 200 inches
    assert huge.render_dpi() == 35
