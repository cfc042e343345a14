"""A page set in columns of running text is read column by column; a table, a signature block
beside another and a page in one column keep the order they had."""

from __future__ import annotations

from pathlib import Path

from spbe.textanalysis.errors import Deadline
from spbe.textanalysis.pdftext import read_pages
from tests.textanalysis.fabricate import placed_pdf

LEFT_TOP = [
    "Pasal 2",
    "Peta Rencana SPBE memuat rencana",
    "tata kelola SPBE dan rencana aksi",
    "manajemen SPBE yang disusun oleh",
    "Tim Koordinasi SPBE setiap tahun.",
]
LEFT_BOTTOM = [
    "Pasal 3",
    "Arsitektur SPBE memuat referensi",
    "arsitektur dan domain arsitektur",
    "yang diselaraskan dengan nasional.",
]
RIGHT_TOP = [
    "Pasal 4",
    "Tim Koordinasi SPBE bertugas untuk",
    "mengarahkan pelaksanaan SPBE di",
    "lingkungan Pemerintah Daerah sesuai",
    "dengan ketentuan yang berlaku.",
]
RIGHT_BOTTOM = [
    "Pasal 5",
    "Audit TIK dilaksanakan setiap tahun",
    "oleh auditor yang ditunjuk Wali",
    "Kota sesuai peraturan perundangan.",
]


def text_of(tmp_path: Path, blocks: list[tuple[float, float, list[str]]]) -> list[str]:
    path = tmp_path / "halaman.pdf"
    path.write_bytes(placed_pdf(blocks))
    (page,) = read_pages(path, deadline=Deadline(seconds=60, ends=float("inf")))
    return [line.strip() for line in page.text.splitlines() if line.strip()]


def two_columns(top: float = 760) -> list[tuple[float, float, list[str]]]:
    return [
        (60, top, LEFT_TOP),
        (60, top - 90, LEFT_BOTTOM),
        (320, top, RIGHT_TOP),
        (320, top - 90, RIGHT_BOTTOM),
    ]


def test_a_page_in_two_columns_is_read_down_the_left_column_then_the_right(tmp_path):
    assert text_of(tmp_path, two_columns()) == LEFT_TOP + LEFT_BOTTOM + RIGHT_TOP + RIGHT_BOTTOM


def test_an_article_in_columns_never_takes_in_the_lines_of_the_article_beside_it(tmp_path):
    lines = text_of(tmp_path, two_columns())
    article_2 = lines[lines.index("Pasal 2") : lines.index("Pasal 3")]
    assert article_2 == LEFT_TOP


def test_a_title_across_the_columns_is_read_before_them_and_a_closing_line_after(tmp_path):
    title = (200, 810, ["PERATURAN WALI KOTA PEMATANGSIANTAR"])
    closing = (60, 560, ["Peraturan Wali Kota ini mulai berlaku pada tanggal diundangkan dan"])
    lines = text_of(tmp_path, [title, *two_columns(), closing])
    assert lines[0] == title[2][0]
    assert lines[1:-1] == LEFT_TOP + LEFT_BOTTOM + RIGHT_TOP + RIGHT_BOTTOM
    assert lines[-1] == closing[2][0]


def test_a_table_with_a_number_column_is_still_read_row_by_row(tmp_path):
    numbers = (60, 700, ["1.", "2.", "3.", "4."])
    domains = (90, 700, ["Proses Bisnis", "Data dan Informasi", "Layanan", "Aplikasi"])
    notes = (260, 700, ["pemetaan proses", "katalog data", "katalog layanan", "katalog aplikasi"])
    lines = text_of(tmp_path, [numbers, domains, notes])
    assert lines[0].split("\t") == ["1.", "Proses Bisnis", "pemetaan proses"]
    assert lines[3].split("\t") == ["4.", "Aplikasi", "katalog aplikasi"]


def test_two_signature_blocks_side_by_side_are_not_taken_for_columns(tmp_path):
    enacted = (
        320,
        300,
        ["Ditetapkan di Pematangsiantar", "pada tanggal 2 Mei 2022", "WALI KOTA", "ttd"],
    )
    promulgated = (
        60,
        300,
        ["Diundangkan di Pematangsiantar", "pada tanggal 3 Mei 2022", "SEKRETARIS DAERAH", "ttd"],
    )
    lines = text_of(tmp_path, [promulgated, enacted])
    assert lines[0].split("\t") == [
        "Diundangkan di Pematangsiantar",
        "Ditetapkan di Pematangsiantar",
    ]
