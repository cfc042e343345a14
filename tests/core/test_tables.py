"""Reading an uploaded table (``core.tables``): CSV or workbook, the guards every import shares,
and the cell helpers. No database: the messages are read in English."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal

import pytest
from django.utils import translation
from openpyxl import Workbook

from spbe.core import tables
from spbe.core.errors import ActionRefused

MB = 1024 * 1024
NAMES = {"code": ("kode", "code"), "level": ("level", "tingkat"), "text": ("uraian", "text")}


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def xlsx(*rows: tuple[object, ...]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def refusal(content: bytes, **bounds: int) -> str:
    with pytest.raises(ActionRefused) as caught:
        tables.read_table(
            content, max_bytes=bounds.get("max_bytes", MB), max_rows=bounds.get("max_rows", 100)
        )
    return str(caught.value.message)


# --- CSV ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_csv_files_delimiter_is_the_one_its_first_line_has_most_of(delimiter):
    content = delimiter.join(["kode", "level", "uraian"]).encode() + b"\nI1-L1-01"
    content += (delimiter + "1" + delimiter + "SK Tim").encode()
    assert tables.read_table(content, max_bytes=MB, max_rows=10) == [
        ("kode", "level", "uraian"),
        ("I1-L1-01", "1", "SK Tim"),
    ]


def test_on_a_tie_the_semicolon_wins_because_the_comma_may_be_a_decimal_separator():
    assert tables.csv_rows(b"1;1,26\n2;3,5") == [["1", "1,26"], ["2", "3,5"]]


def test_a_byte_order_mark_is_not_part_of_the_first_header():
    rows = tables.csv_rows("\ufeffkode,level\nI1,1".encode())
    assert rows[0] == ["kode", "level"]


def test_blank_leading_lines_do_not_decide_the_delimiter():
    assert tables.csv_rows(b"\n\nkode;level\nI1;1")[-1] == ["I1", "1"]


def test_an_empty_file_is_no_rows():
    assert tables.read_table(b"", max_bytes=MB, max_rows=10) == []


def test_text_that_is_not_utf8_is_refused_with_a_message():
    assert refusal("kode;uraian\nI1;Peraturan Wali Kota é".encode("latin-1")) == (
        "The file is not UTF-8 text (CSV)."
    )


def test_a_file_over_the_size_limit_is_refused_naming_the_limit_in_megabytes():
    assert refusal(b"x" * (2 * MB + 1), max_bytes=2 * MB) == "The file is larger than 2 MB."


def test_a_limit_under_one_megabyte_is_named_as_one():
    assert refusal(b"x" * 2000, max_bytes=1000) == "The file is larger than 1 MB."


def test_a_file_with_more_rows_than_allowed_is_refused_naming_the_bound():
    content = b"\n".join(b"a,b" for _ in range(6))
    assert refusal(content, max_rows=5) == "The file has more than 5 rows."
    assert len(tables.read_table(content, max_bytes=MB, max_rows=6)) == 6


# --- workbooks ----------------------------------------------------------------------------------


def test_a_workbooks_first_sheet_is_read_with_its_cells_typed():
    content = xlsx(("kode", "level", "nilai"), ("I1-L1-01", 1, 2.5))
    assert tables.is_workbook(content)
    assert tables.read_table(content, max_bytes=MB, max_rows=10) == [
        ("kode", "level", "nilai"),
        ("I1-L1-01", 1, 2.5),
    ]


def test_a_workbook_with_more_rows_than_allowed_is_refused_without_reading_them_all():
    content = xlsx(*[(n, n) for n in range(50)])
    assert refusal(content, max_rows=10) == "The file has more than 10 rows."


def test_a_zip_that_is_not_a_workbook_is_neither_csv_nor_xlsx():
    content = zipped({"readme.txt": b"hello"})
    assert refusal(content) == "The file is neither a CSV file nor an Excel workbook (.xlsx)."


def test_a_workbook_whose_parts_are_broken_is_damaged():
    content = zipped({"xl/workbook.xml": b"<workbook", "[Content_Types].xml": b"<Types"})
    assert refusal(content) == "The workbook is damaged and cannot be read."


def test_a_truncated_workbook_is_damaged():
    content = xlsx(("kode",), ("I1",))
    assert refusal(content[: len(content) // 2]) == "The workbook is damaged and cannot be read."


def test_a_workbook_that_inflates_past_the_bound_is_refused_before_it_is_opened(monkeypatch):
    monkeypatch.setattr(tables, "MAX_UNPACKED_BYTES", 10_000)
    content = zipped({"xl/workbook.xml": b"<workbook/>", "xl/big.xml": b"0" * 20_000})
    assert len(content) < 10_000
    assert refusal(content) == "The workbook is too large once unpacked."


def test_a_workbook_of_too_many_parts_is_refused(monkeypatch):
    monkeypatch.setattr(tables, "MAX_MEMBERS", 3)
    members = {"xl/workbook.xml": b"<workbook/>"} | {f"xl/p{n}.xml": b"<p/>" for n in range(3)}
    assert refusal(zipped(members)) == "The workbook is too large once unpacked."


def test_open_workbook_names_each_problem_for_its_caller_to_word():
    problems = {
        b"x" * 20: tables.WorkbookProblem.TOO_LARGE,
        b"kode;level": tables.WorkbookProblem.NOT_XLSX,
        zipped({"a.txt": b""}): tables.WorkbookProblem.NOT_XLSX,
    }
    for content, problem in problems.items():
        with pytest.raises(tables.UnreadableWorkbook) as caught:
            tables.open_workbook(content, max_bytes=15 if problem == "too_large" else MB)
        assert caught.value.problem is problem


# --- headed tables ------------------------------------------------------------------------------


def test_the_header_names_the_columns_whatever_their_case_spaces_and_order():
    table = tables.read_headed_table(
        b" Uraian ;KODE;Level\nSK Tim;I1-L1-01;1\n;;\nPerwali;I1-L2-01;2",
        names=NAMES,
        max_bytes=MB,
        max_rows=10,
    )
    assert table.columns == {"text": 0, "code": 1, "level": 2}
    assert table.has("code", "level") and not table.has("code", "note")
    # Blank rows are left out; each row keeps its line in the file, the header being line 1.
    assert [line for line, _cells in table.rows] == [2, 4]
    _line, cells = table.rows[1]
    assert table.value(cells, "code") == "I1-L2-01"
    assert table.value(cells, "note") is None


def test_the_first_column_with_a_keys_header_is_that_keys():
    assert tables.header_columns(("kode", "code", "level"), NAMES) == {"code": 0, "level": 2}


def test_a_column_letter_is_given_for_messages_and_none_for_a_missing_column():
    table = tables.HeadedTable(columns={"code": 0, "text": 27}, rows=[])
    assert (table.letter("code"), table.letter("text"), table.letter("level")) == ("A", "AB", "")
    assert table.letter(None) == ""


def test_a_file_without_rows_is_refused_as_a_headed_table():
    with pytest.raises(ActionRefused, match="holds no rows"):
        tables.read_headed_table(b"", names=NAMES, max_bytes=MB, max_rows=10)


# --- cells --------------------------------------------------------------------------------------


def test_a_cell_past_the_end_of_a_short_row_is_empty():
    assert tables.cell(("a", "b"), 1) == "b"
    assert tables.cell(("a",), 3) is None
    assert tables.cell(("a",), None) is None


@pytest.mark.parametrize(("raw", "text"), [(None, ""), ("  SK  ", "SK"), (2, "2"), (2.5, "2.5")])
def test_a_cell_as_text_is_trimmed_and_an_empty_cell_is_empty_text(raw, text):
    assert tables.cell_text(raw) == text


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        (3, 3),
        (3.0, 3),
        ("3", 3),
        (" 4 ", 4),
        (Decimal("5"), 5),
        (2.5, None),
        ("2,5", None),
        ("²", None),
        ("tiga", None),
        (None, None),
        ("", None),
    ],
)
def test_a_whole_number_cell_is_a_number_cell_or_ascii_digits(raw, number):
    assert tables.cell_whole_number(raw) == number


def test_a_row_of_empty_or_blank_cells_is_blank():
    assert tables.is_blank((None, "", "  "))
    assert tables.is_blank(())
    assert not tables.is_blank((None, 0))
