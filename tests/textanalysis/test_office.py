"""Text of Office documents: DOCX paragraphs, tables and page breaks; XLSX sheets as text."""

from __future__ import annotations

import datetime
import zipfile

import pytest

from spbe.textanalysis.errors import Deadline, ExtractionFailed
from spbe.textanalysis.office import Sheet, docx_pages, xlsx_sheets
from tests.textanalysis.fabricate import docx_bytes, xlsx_bytes, zip_bytes

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# A deadline that never passes: these tests are about what is read, not about time (one made
# with Deadline.after at import would run out while other tests run first).
LATER = Deadline(seconds=60, ends=float("inf"))


def docx(tmp_path, body: str):
    """A DOCX whose document part holds ``body`` as written (WordprocessingML)."""
    path = tmp_path / "dokumen.docx"
    xml = f"<w:document {W}><w:body>{body}</w:body></w:document>".encode()
    path.write_bytes(zip_bytes({"word/document.xml": xml}))
    return path


def p(*runs: str, properties: str = "") -> str:
    return f"<w:p>{properties}{''.join(runs)}</w:p>"


def t(text: str) -> str:
    return f"<w:r><w:t>{text}</w:t></w:r>"


def test_paragraphs_are_read_in_order_one_per_line(tmp_path):
    assert docx_pages(docx(tmp_path, p(t("Pasal 1")) + p(t("Isi"))), deadline=LATER) == [
        "Pasal 1\nIsi\n"
    ]


def test_runs_of_one_paragraph_join_without_spaces(tmp_path):
    assert docx_pages(docx(tmp_path, p(t("Arsi"), t("tektur"))), deadline=LATER) == ["Arsitektur\n"]


def test_tabs_line_breaks_and_no_break_hyphens_are_kept(tmp_path):
    body = p(
        "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:noBreakHyphen/><w:t>d</w:t></w:r>"
    )
    assert docx_pages(docx(tmp_path, body), deadline=LATER) == ["a\tb\nc-d\n"]


def test_an_explicit_page_break_starts_a_new_page(tmp_path):
    body = p(t("satu")) + p('<w:r><w:br w:type="page"/></w:r>') + p(t("dua"))
    assert docx_pages(docx(tmp_path, body), deadline=LATER) == ["satu\n", "\ndua\n"]


def test_page_break_before_starts_a_new_page_unless_switched_off(tmp_path):
    on = p(t("satu")) + p(t("dua"), properties="<w:pPr><w:pageBreakBefore/></w:pPr>")
    off = p(t("satu")) + p(t("dua"), properties='<w:pPr><w:pageBreakBefore w:val="false"/></w:pPr>')
    assert len(docx_pages(docx(tmp_path, on), deadline=LATER)) == 2
    assert len(docx_pages(docx(tmp_path, off), deadline=LATER)) == 1


def test_a_section_ends_a_page_unless_it_is_continuous(tmp_path):
    new_page = p(t("satu"), properties="<w:pPr><w:sectPr/></w:pPr>") + p(t("dua"))
    continuous = p(
        t("satu"), properties='<w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr>'
    ) + p(t("dua"))
    assert docx_pages(docx(tmp_path, new_page), deadline=LATER) == ["satu\n", "dua\n"]
    assert docx_pages(docx(tmp_path, continuous), deadline=LATER) == ["satu\ndua\n"]


def test_where_word_laid_the_pages_out_its_breaks_win_over_explicit_ones(tmp_path):
    body = (
        p(t("satu"))
        + p('<w:r><w:br w:type="page"/></w:r>')
        + p(t("dua"))
        + p("<w:r><w:lastRenderedPageBreak/><w:t>tiga</w:t></w:r>")
    )
    assert docx_pages(docx(tmp_path, body), deadline=LATER) == ["satu\n\ndua\n", "tiga\n"]


def test_deleted_and_moved_away_text_is_skipped(tmp_path):
    body = p(t("tetap"), f"<w:del>{t('hapus')}</w:del>", f"<w:moveFrom>{t('pindah')}</w:moveFrom>")
    assert docx_pages(docx(tmp_path, body), deadline=LATER) == ["tetap\n"]


def test_a_table_reads_as_tab_separated_lines(tmp_path):
    cell = "<w:tc>{}</w:tc>"
    row = "<w:tr>" + cell.format(p(t("No"))) + cell.format(p(t("Nama"))) + "</w:tr>"
    row2 = "<w:tr>" + cell.format(p(t("1"))) + cell.format(p(t("Bappeda"))) + "</w:tr>"
    text = docx_pages(docx(tmp_path, f"<w:tbl>{row}{row2}</w:tbl>"), deadline=LATER)[0]
    assert "No\tNama\n1\tBappeda\n" in text


def test_an_empty_body_is_one_empty_page(tmp_path):
    assert docx_pages(docx(tmp_path, ""), deadline=LATER) == [""]


def test_a_document_made_by_python_docx_reads_back(tmp_path):
    path = tmp_path / "laporan.docx"
    path.write_bytes(docx_bytes([["Halaman satu"], ["Halaman dua"]], table=[["a", "b"]]))
    pages = docx_pages(path, deadline=LATER)
    assert len(pages) == 2
    assert "Halaman satu" in pages[0] and "Halaman dua" in pages[1] and "a\tb" in pages[1]


def test_entities_are_not_expanded(tmp_path):
    path = tmp_path / "entitas.docx"
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "RAHASIA">]>'
        f"<w:document {W}><w:body>{p('<w:r><w:t>&x;</w:t></w:r>')}</w:body></w:document>"
    )
    path.write_bytes(zip_bytes({"word/document.xml": xml.encode()}))
    try:
        pages = docx_pages(path, deadline=LATER)
    except ExtractionFailed:
        return
    assert "RAHASIA" not in pages[0]


@pytest.mark.parametrize(
    "entries",
    [{"other.xml": b"<a/>"}, {"word/document.xml": b"<w:document"}],
    ids=["no document part", "broken xml"],
)
def test_a_docx_that_cannot_be_read_fails_with_its_reason(tmp_path, entries):
    path = tmp_path / "rusak.docx"
    path.write_bytes(zip_bytes(entries))
    with pytest.raises(ExtractionFailed) as raised:
        docx_pages(path, deadline=LATER)
    assert (raised.value.code, raised.value.params["kind"]) == ("unreadable", "docx")


def test_a_file_that_is_not_a_zip_fails(tmp_path):
    path = tmp_path / "palsu.docx"
    path.write_bytes(b"bukan zip")
    with pytest.raises(ExtractionFailed, match="docx"):
        docx_pages(path, deadline=LATER)


def workbook(tmp_path, sheets):
    path = tmp_path / "data.xlsx"
    path.write_bytes(xlsx_bytes(sheets))
    return path


def test_each_sheet_is_read_with_a_line_per_row_and_tabs_between_cells(tmp_path):
    sheets, cut = xlsx_sheets(
        workbook(tmp_path, {"OPD": [["No", "Nama"], [1, "Bappeda"]], "Kosong": []}), deadline=LATER
    )
    assert sheets == [Sheet("OPD", "No\tNama\n1\tBappeda"), Sheet("Kosong", "")]
    assert cut is False


def test_empty_rows_are_left_out_and_trailing_cells_trimmed(tmp_path):
    rows = [["a", None, None], [None, None, None], [None, "b", None]]
    (sheet,), _ = xlsx_sheets(workbook(tmp_path, {"S": rows}), deadline=LATER)
    assert sheet.text == "a\n\tb"


def test_cell_values_are_written_as_people_read_them(tmp_path):
    rows = [
        [
            3.0,
            2.5,
            datetime.datetime(2024, 3, 14),
            datetime.datetime(2024, 3, 14, 9, 30),
            "  teks  ",
            True,
        ]
    ]
    (sheet,), _ = xlsx_sheets(workbook(tmp_path, {"S": rows}), deadline=LATER)
    assert sheet.text == "3\t2.5\t2024-03-14\t2024-03-14T09:30:00\tteks\tTrue"


def test_reading_stops_at_the_cell_limit_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr("spbe.textanalysis.office.MAX_CELLS", 5)
    path = workbook(tmp_path, {"Besar": [[n, n] for n in range(10)], "Lain": [["x"]]})
    sheets, cut = xlsx_sheets(path, deadline=LATER)
    assert cut is True
    assert sheets == [Sheet("Besar", "0\t0\n1\t1")]


def test_an_xlsx_past_its_deadline_stops(tmp_path):
    with pytest.raises(ExtractionFailed) as raised:
        xlsx_sheets(workbook(tmp_path, {"S": [["a"]]}), deadline=Deadline(seconds=2, ends=0))
    assert (raised.value.code, raised.value.params["sheet"]) == ("timeout", "S")


def test_an_xlsx_that_cannot_be_read_fails(tmp_path):
    path = tmp_path / "rusak.xlsx"
    path.write_bytes(zip_bytes({"xl/workbook.xml": b"<broken"}, compression=zipfile.ZIP_STORED))
    with pytest.raises(ExtractionFailed) as raised:
        xlsx_sheets(path, deadline=LATER)
    assert (raised.value.code, raised.value.params["kind"]) == ("unreadable", "xlsx")


def word_list_docx(tmp_path, levels, items, *, style_items=()):
    import docx as python_docx

    from tests.textanalysis.word_lists import add_list, numbered

    document = python_docx.Document()
    document.add_paragraph("Peta Rencana SPBE memuat:")
    num_id = add_list(document, levels)
    for ilvl, text in items:
        numbered(document.add_paragraph(text), num_id, ilvl)
    for style, text in style_items:
        document.add_paragraph(text, style=style)
    path = tmp_path / "daftar.docx"
    document.save(path)
    return path


@pytest.mark.parametrize(
    ("levels", "markers"),
    [
        ([("lowerLetter", "%1.")], ["a.", "b.", "c."]),
        ([("decimal", "%1)")], ["1)", "2)", "3)"]),
        ([("decimal", "(%1)")], ["(1)", "(2)", "(3)"]),
        ([("upperRoman", "%1.")], ["I.", "II.", "III."]),
        ([("bullet", "\uf0b7")], ["•", "•", "•"]),
        ([("bullet", "-")], ["-", "-", "-"]),
    ],
)
def test_word_list_paragraphs_start_with_the_marker_word_draws(tmp_path, levels, markers):
    path = word_list_docx(tmp_path, levels, [(0, "satu;"), (0, "dua;"), (0, "tiga.")])
    lines = docx_pages(path, deadline=LATER)[0].splitlines()
    assert lines == [
        "Peta Rencana SPBE memuat:",
        f"{markers[0]} satu;",
        f"{markers[1]} dua;",
        f"{markers[2]} tiga.",
    ]


def test_a_nested_list_level_counts_on_its_own_and_restarts_under_each_parent(tmp_path):
    levels = [("decimal", "%1."), ("lowerLetter", "%2.")]
    items = [(0, "satu:"), (1, "x;"), (1, "y;"), (0, "dua:"), (1, "z.")]
    lines = docx_pages(word_list_docx(tmp_path, levels, items), deadline=LATER)[0].splitlines()
    assert lines[1:] == ["1. satu:", "a. x;", "b. y;", "2. dua:", "a. z."]


def test_list_styles_number_their_paragraphs(tmp_path):
    path = word_list_docx(
        tmp_path,
        [("decimal", "%1.")],
        [],
        style_items=[("List Number", "satu"), ("List Bullet", "x")],
    )
    assert docx_pages(path, deadline=LATER)[0].splitlines()[1:] == ["1. satu", "• x"]


def test_a_paragraph_with_numbering_switched_off_has_no_marker(tmp_path):
    body = p(t("biasa"), properties='<w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>')
    assert docx_pages(docx(tmp_path, body), deadline=LATER) == ["biasa\n"]
