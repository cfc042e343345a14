import hashlib
import io
import pickle
import struct
import zlib

import pytest
from pypdf import PdfWriter

from spbe.textanalysis import DEFAULT_MAX_BYTES, UnsafeFile, inspect_upload, sha256_of
from tests.textanalysis import fabricate

TEXT_PDF = fabricate.text_pdf(["Peraturan Wali Kota", "Lampiran"])
PNG = fabricate.image_bytes(fabricate.scanned_page("Peraturan", dpi=40), "PNG")
JPEG = fabricate.image_bytes(fabricate.scanned_page("Peraturan", dpi=40), "JPEG")
DOCX = fabricate.docx_bytes([["Surat Keputusan"]])
XLSX = fabricate.xlsx_bytes({"Data": [["Indikator", 1]]})


def inspect(name, data, *, max_bytes=DEFAULT_MAX_BYTES, size=None):
    return inspect_upload(
        name, io.BytesIO(data), size=len(data) if size is None else size, max_bytes=max_bytes
    )


def refusal(name, data, **options):
    with pytest.raises(UnsafeFile) as caught:
        inspect(name, data, **options)
    return caught.value


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("Perwal 12 Tahun 2023.pdf", TEXT_PDF, "pdf"),
        ("SK Tim SPBE.docx", DOCX, "docx"),
        ("Rekap.xlsx", XLSX, "xlsx"),
        ("tangkapan layar.png", PNG, "png"),
        ("foto rapat.JPG", JPEG, "jpeg"),
        ("foto rapat.jpeg", JPEG, "jpeg"),
    ],
)
def test_it_accepts_each_allowed_kind_and_names_it(name, data, kind):
    checked = inspect(name, data)
    assert checked.kind == kind
    assert checked.size == len(data)


def test_it_counts_the_pages_of_a_pdf():
    assert inspect("a.pdf", TEXT_PDF).page_count == 2


def test_the_display_name_is_normalised_but_keeps_the_users_words():
    checked = inspect("  Laporan   Evaluasi\u00a0SPBE.PDF ", TEXT_PDF)
    assert checked.display_name == "Laporan Evaluasi SPBE.pdf"


def test_a_very_long_name_is_shortened_keeping_its_extension():
    checked = inspect("a" * 240 + ".pdf", TEXT_PDF)
    assert checked.display_name == "a" * 150 + ".pdf"


def test_it_refuses_an_empty_file():
    assert refusal("kosong.pdf", b"").code == "empty"


def test_it_refuses_a_file_over_the_limit_before_reading_it():
    error = refusal("besar.pdf", TEXT_PDF, size=60 * 1024 * 1024)
    assert error.code == "too_large"
    assert error.params == {"size": 60 * 1024 * 1024, "max_bytes": DEFAULT_MAX_BYTES}


def test_it_refuses_a_stream_longer_than_the_limit_even_if_the_declared_size_is_small():
    error = refusal("besar.pdf", TEXT_PDF, size=10, max_bytes=1000)
    assert error.code == "too_large"
    assert error.params["size"] == len(TEXT_PDF)


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd.pdf",
        "bukti/perwal.pdf",
        "bukti\\perwal.pdf",
        "/etc/perwal.pdf",
        "C:\\Users\\pic\\perwal.pdf",
        "C:perwal.pdf",
        "perwal\x00.pdf",
        "perwal\n.pdf",
        "perwal\u202efdp.exe",
        "..pdf",
    ],
)
def test_it_refuses_a_path_or_control_characters_in_the_name(name):
    error = refusal(name, TEXT_PDF)
    assert error.code == "path_in_name"
    assert error.params == {"name": name}


@pytest.mark.parametrize("name", ["", "   ", "a" * 256 + ".pdf"])
def test_it_refuses_an_empty_or_overlong_name(name):
    assert refusal(name, TEXT_PDF).code == "bad_name"


@pytest.mark.parametrize(
    ("name", "extension"),
    [("setup.exe", "exe"), ("perwal.pdf.exe", "exe"), ("perwal", ""), ("lama.doc", "doc")],
)
def test_it_refuses_extensions_other_than_pdf_docx_xlsx_png_and_jpeg(name, extension):
    error = refusal(name, TEXT_PDF)
    assert error.code == "bad_extension"
    assert error.params == {"extension": extension}


@pytest.mark.parametrize(
    ("name", "data", "detected"),
    [
        ("scan.pdf", PNG, "png"),
        ("rekap.xlsx", DOCX, "docx"),
        ("sk.docx", XLSX, "xlsx"),
        ("sk.docx", TEXT_PDF, "pdf"),
        ("foto.png", JPEG, "jpeg"),
        ("foto.jpg", PNG, "png"),
        ("perwal.pdf", b"<!DOCTYPE html><html>Halaman tidak ditemukan</html>", "unknown"),
        ("lama.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "ole2"),
        ("arsip.docx", fabricate.zip_bytes({"a.txt": b"halo"}), "zip"),
    ],
)
def test_it_refuses_content_that_does_not_match_the_extension(name, data, detected):
    error = refusal(name, data)
    assert error.code == "content_mismatch"
    assert error.params["detected"] == detected


def test_it_refuses_a_pdf_that_needs_a_password_to_open():
    data = fabricate.text_pdf(["Rahasia"], user_password="rahasia", algorithm="AES-256")
    assert refusal("terkunci.pdf", data).code == "encrypted_pdf"


def test_it_accepts_a_pdf_with_only_an_owner_password():
    data = fabricate.text_pdf(
        ["Dilindungi"], user_password="", owner_password="x", algorithm="RC4-128"
    )
    assert inspect("dilindungi.pdf", data).page_count == 1


def test_it_refuses_a_truncated_pdf():
    error = refusal("terpotong.pdf", TEXT_PDF[: len(TEXT_PDF) // 2])
    assert error.code == "corrupt_pdf"


def test_it_refuses_a_pdf_without_pages():
    buffer = io.BytesIO()
    PdfWriter().write(buffer)
    error = refusal("kosong.pdf", buffer.getvalue())
    assert (error.code, error.params["reason"]) == ("corrupt_pdf", "it has no pages")


def test_it_refuses_a_docx_that_inflates_a_thousandfold():
    error = refusal("bom.docx", fabricate.zip_bomb_docx(30))
    assert (error.code, error.params["reason"]) == ("zip_bomb", "ratio")


def test_it_refuses_a_docx_that_inflates_past_200_megabytes():
    error = refusal("bom.docx", fabricate.zip_bomb_docx(210))
    assert (error.code, error.params["reason"]) == ("zip_bomb", "total_size")


def test_it_refuses_a_zip_with_too_many_entries():
    entries = {"xl/workbook.xml": b"<workbook/>"} | {f"xl/{n}.xml": b"" for n in range(10_001)}
    error = refusal("banyak.xlsx", fabricate.zip_bytes(entries))
    assert (error.code, error.params["reason"]) == ("zip_bomb", "entries")


def test_it_refuses_an_archive_nested_in_a_document():
    entries = {"word/document.xml": b"<w:document/>", "word/media/isi.zip": b"PK\x05\x06"}
    error = refusal("bersarang.docx", fabricate.zip_bytes(entries))
    assert (error.code, error.params["entry"]) == ("zip_bomb", "word/media/isi.zip")


def test_it_accepts_an_office_document_embedded_in_a_docx():
    entries = {"word/document.xml": b"<w:document/>", "word/embeddings/grafik.xlsx": XLSX}
    assert inspect("laporan.docx", fabricate.zip_bytes(entries)).kind == "docx"


def test_it_refuses_a_truncated_docx():
    assert refusal("terpotong.docx", DOCX[: len(DOCX) // 2]).code == "corrupt_zip"


@pytest.mark.parametrize(("name", "data"), [("a.png", PNG), ("a.jpg", JPEG)])
def test_it_refuses_a_truncated_image(name, data):
    assert refusal(name, data[: len(data) // 2]).code == "corrupt_image"


@pytest.mark.parametrize(("name", "data"), [("a.png", PNG), ("a.jpg", JPEG)])
def test_it_refuses_a_truncated_image_even_when_pillow_is_told_to_accept_them(
    name, data, monkeypatch
):
    # WeasyPrint sets this process-wide when it is imported (the reports use it).
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    assert refusal(name, data[: len(data) // 2]).code == "corrupt_image"


def test_it_refuses_an_image_whose_header_promises_a_billion_pixels():
    def chunk(kind, body):
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", 40_000, 30_000, 8, 0, 0, 0, 0)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
    error = refusal("bom.png", data + chunk(b"IEND", b""))
    assert (error.code, error.params["pixels"]) == ("image_too_large", 1_200_000_000)


class CountingStream(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size=-1, /):
        data = super().read(size)
        self.bytes_read += len(data)
        return data


def test_it_reads_only_a_small_part_of_a_large_pdf_and_rewinds():
    data = fabricate.scanned_pdf([fabricate.scanned_page("Lampiran", dpi=100)] * 8, dpi=100)
    stream = CountingStream(data)
    inspect_upload("lampiran.pdf", stream, size=len(data), max_bytes=DEFAULT_MAX_BYTES)
    # The sniffed header, the cross-reference table and the polyglot check's tail: a fixed
    # budget, whatever the size of the pages.
    assert stream.bytes_read < 64 * 1024 < len(data) / 6
    assert stream.tell() == 0


def test_sha256_of_hashes_the_whole_stream_and_rewinds():
    stream = io.BytesIO(TEXT_PDF)
    stream.seek(100)
    assert sha256_of(stream, chunk_size=64) == hashlib.sha256(TEXT_PDF).hexdigest()
    assert stream.tell() == 0


def test_a_refusal_reads_in_english_and_survives_pickling():
    error = refusal("besar.pdf", TEXT_PDF, size=10, max_bytes=100)
    assert str(error) == f"the file is {len(TEXT_PDF):,} bytes, over the limit of 100 bytes"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.code, copy.params, str(copy)) == (error.code, error.params, str(error))
