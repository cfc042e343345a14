"""The container checks: PDF page counts, Office zips against bombs, images against bombs."""

from __future__ import annotations

import io
import zipfile
import zlib

import pytest
from PIL import Image, ImageFile

from spbe.textanalysis.containers import (
    MAX_IMAGE_PIXELS,
    MAX_ZIP_ENTRIES,
    check_image,
    check_office_zip,
    check_pdf,
)
from spbe.textanalysis.errors import UnsafeFile
from tests.textanalysis.fabricate import image_bytes, text_pdf, zip_bytes


def refusal(check, *args) -> UnsafeFile:
    with pytest.raises(UnsafeFile) as raised:
        check(*args)
    return raised.value


def test_a_pdf_gives_its_page_count():
    assert check_pdf(io.BytesIO(text_pdf(["satu", "dua", "tiga"]))) == 3


def test_a_pdf_with_only_an_owner_password_opens():
    data = text_pdf(["isi"], user_password="", owner_password="rahasia")
    assert check_pdf(io.BytesIO(data)) == 1


def test_a_pdf_that_needs_a_password_is_refused():
    assert (
        refusal(check_pdf, io.BytesIO(text_pdf(["isi"], user_password="buka"))).code
        == "encrypted_pdf"
    )


@pytest.mark.parametrize(
    "data", [b"", b"%PDF-1.7\n", b"not a pdf at all"], ids=["empty", "header only", "text"]
)
def test_a_pdf_that_cannot_be_read_is_refused_with_a_reason(data):
    error = refusal(check_pdf, io.BytesIO(data))
    assert error.code == "corrupt_pdf"
    assert error.params["reason"]


def office(main_part: str, **more: bytes) -> io.BytesIO:
    return io.BytesIO(zip_bytes({"[Content_Types].xml": b"<Types/>", main_part: b"<x/>", **more}))


@pytest.mark.parametrize(
    ("part", "kind"),
    [
        ("word/document.xml", "docx"),
        ("xl/workbook.xml", "xlsx"),
        ("ppt/presentation.xml", "pptx"),
        ("other.xml", "zip"),
    ],
)
def test_an_office_zip_is_named_by_its_main_part(part, kind):
    assert check_office_zip(office(part), "docx") == kind


def test_an_embedded_office_document_is_allowed():
    stream = office("word/document.xml", **{"word/embeddings/chart.xlsx": b"PK"})
    assert check_office_zip(stream, "docx") == "docx"


@pytest.mark.parametrize("name", ["word/media/x.zip", "word/a.TAR", "word/b.7z", "c.rar"])
def test_an_archive_inside_the_document_is_refused(name):
    error = refusal(check_office_zip, office("word/document.xml", **{name: b"x"}), "docx")
    assert (error.code, error.params["reason"], error.params["entry"]) == (
        "zip_bomb",
        "nested_archive",
        name,
    )


def test_a_zip_with_too_many_entries_is_refused():
    entries = {f"word/p{n}.xml": b"" for n in range(MAX_ZIP_ENTRIES + 1)}
    error = refusal(
        check_office_zip, io.BytesIO(zip_bytes(entries, compression=zipfile.ZIP_STORED)), "xlsx"
    )
    assert (error.params["reason"], error.params["entries"]) == ("entries", MAX_ZIP_ENTRIES + 1)
    assert "xlsx" in str(error)


def test_a_small_document_may_compress_very_well():
    stream = office("word/document.xml", **{"word/blank.xml": bytes(1024 * 1024)})
    assert check_office_zip(stream, "docx") == "docx"


def test_a_duplicated_entry_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", b"<a/>")
        with pytest.warns(UserWarning):
            archive.writestr("word/document.xml", b"<b/>")
    error = refusal(check_office_zip, io.BytesIO(buffer.getvalue()), "docx")
    assert (error.code, error.params["reason"]) == ("corrupt_zip", "duplicate entries")


def test_an_encrypted_entry_is_refused():
    data = bytearray(zip_bytes({"word/document.xml": b"<a/>"}))
    # Set the "encrypted" flag bit in the central directory entry (offset 8 of its header).
    central = data.rindex(b"PK\x01\x02")
    data[central + 8] |= 0x1
    error = refusal(check_office_zip, io.BytesIO(bytes(data)), "docx")
    assert (error.code, error.params["reason"]) == ("corrupt_zip", "encrypted entries")


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 truncated", b"plain text"])
def test_a_zip_that_cannot_be_read_is_refused(data):
    error = refusal(check_office_zip, io.BytesIO(data), "docx")
    assert error.code == "corrupt_zip" and error.params["extension"] == "docx"


@pytest.mark.parametrize("kind", ["png", "jpeg"])
def test_a_sound_image_passes(kind):
    check_image(io.BytesIO(image_bytes(Image.new("RGB", (40, 30), "white"), kind.upper())), kind)


@pytest.mark.parametrize("kind", ["png", "jpeg"])
def test_a_truncated_image_is_refused(kind):
    data = image_bytes(Image.effect_noise((200, 200), 64).convert("RGB"), kind.upper())
    error = refusal(check_image, io.BytesIO(data[: len(data) // 2]), kind)
    assert error.code == "corrupt_image"


def test_a_jpeg_without_its_end_marker_is_refused_even_if_it_decodes(monkeypatch):
    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    data = image_bytes(Image.new("RGB", (16, 16), "white"), "JPEG")
    error = refusal(check_image, io.BytesIO(data[: data.rindex(b"\xff\xd9")]), "jpeg")
    assert "end-of-image" in error.params["reason"]


def test_an_image_with_too_many_pixels_is_refused_from_its_header():
    data = bytearray(image_bytes(Image.new("L", (1, 1)), "PNG"))
    side = 10_000  # 100 million pixels, over the limit of 80 million
    data[16:24] = side.to_bytes(4, "big") * 2
    data[29:33] = zlib.crc32(bytes(data[12:29])).to_bytes(4, "big")  # the header's checksum
    error = refusal(check_image, io.BytesIO(bytes(data)), "png")
    assert (error.code, error.params["pixels"], error.params["limit"]) == (
        "image_too_large",
        side * side,
        MAX_IMAGE_PIXELS,
    )


def test_text_claiming_to_be_an_image_is_refused():
    assert refusal(check_image, io.BytesIO(b"hello"), "png").code == "corrupt_image"
