"""Reading published results: every error is reported, known defects are kept as published."""

from __future__ import annotations

from decimal import Decimal

import pytest

from spbe.benchmarks.issues import PublishedFileError, Severity
from spbe.benchmarks.kinds import Kind
from spbe.benchmarks.published import ResultKey, parse_published, read_published
from tests.benchmarks.conftest import HEADER, RESULTS_CSV, csv_lines

SOURCE = "KemenPANRB, Laporan Pelaksanaan Evaluasi SPBE 2024"
SIANTAR = f'Pemerintah Kota Pematang Siantar,kota,Sumatera Utara,2024,spbe-2020,3.50,2.70,1.36,3.74,3.06,Baik,"{SOURCE}"'


def codes(lines: list[str]) -> list[tuple[int, str | None, str]]:
    parsed = parse_published(lines)
    return [(issue.row, issue.column, issue.code) for issue in parsed.errors]


def warnings(lines: list[str]) -> list[tuple[int, str | None, str]]:
    parsed = parse_published(lines)
    return [(issue.row, issue.column, issue.code) for issue in parsed.warnings]


def test_a_valid_row_becomes_a_typed_result():
    (result,) = parse_published(csv_lines(SIANTAR)).require_valid()
    assert result.agency == "Pemerintah Kota Pematang Siantar"
    assert result.agency_key == "kota:pematangsiantar"
    assert result.kind is Kind.KOTA
    assert result.year == 2024
    assert result.domains == (Decimal("3.50"), Decimal("2.70"), Decimal("1.36"), Decimal("3.74"))
    assert result.index == Decimal("3.06")
    assert result.key == ResultKey("kota:pematangsiantar", 2024, "spbe-2020")


def test_the_real_file_has_no_errors_and_every_row(published_file):
    assert published_file.errors == ()
    assert len(published_file.rows) == 1253


def test_the_real_files_known_defects_are_warnings_not_errors(published_file):
    found = {(w.code, w.column) for w in published_file.warnings}
    assert ("below_scale", "d4_layanan") in found
    banyuasin = next(
        r for r in published_file.rows if r.agency_key == "kabupaten:banyuasin" and r.year == 2023
    )
    assert banyuasin.domains[3] == Decimal("0.30")


def test_the_three_2024_rows_without_kebijakan_keep_it_blank(published_file):
    blank = [
        r.agency
        for r in published_file.rows
        if r.year == 2024 and r.source.startswith("KemenPANRB") and r.domains[0] is None
    ]
    assert sorted(blank) == [
        "Kementerian Energi dan Sumber Daya Mineral",
        "Kementerian Pertanian",
        "Pemerintah Provinsi Jawa Timur",
    ]


def test_two_spellings_of_one_agency_share_the_natural_key():
    other = SIANTAR.replace("Pemerintah Kota Pematang Siantar", "Kota Pematangsiantar")
    assert codes(csv_lines(SIANTAR, other)) == [(3, None, "duplicate")]


def test_reading_the_same_file_twice_gives_the_same_keys(published_file):
    again = read_published(RESULTS_CSV)
    assert [r.key for r in again.rows] == [r.key for r in published_file.rows]


def test_a_file_with_errors_cannot_be_applied():
    parsed = parse_published(csv_lines(SIANTAR, SIANTAR.replace(",3.06,", ",abc,")))
    assert len(parsed.rows) == 1
    with pytest.raises(PublishedFileError) as raised:
        parsed.require_valid()
    assert [str(issue) for issue in raised.value.issues] == ["row 3, index: 'abc' is not a number"]


def test_every_error_is_reported_not_only_the_first():
    bad = SIANTAR.replace(",kota,", ",kotamadya,").replace(",2024,", ",24,")
    assert codes(csv_lines(bad)) == [(2, "kind", "unknown_kind"), (2, "year", "not_a_year")]


@pytest.mark.parametrize(
    ("row", "column", "code"),
    [
        (SIANTAR.replace("Pemerintah Kota Pematang Siantar", ""), "instansi", "required"),
        (SIANTAR.replace(",kota,", ",kabupaten,"), "kind", "kind_conflict"),
        (SIANTAR.replace(",Sumatera Utara,", ",,"), "province", "province_required"),
        (SIANTAR.replace(",spbe-2020,", ",spbe-2030,"), "framework", "unknown_framework"),
        (SIANTAR.replace(",3.74,", ",5.10,"), "d4_layanan", "out_of_range"),
        (SIANTAR.replace(",3.06,", ",-1,"), "index", "out_of_range"),
        (SIANTAR.replace(",3.06,", ",,"), "index", "required"),
        (SIANTAR.replace(SOURCE, ""), "source", "required"),
        (SIANTAR + ",extra", None, "extra_fields"),
    ],
    ids=["no name", "kota named kabupaten", "no province", "unknown framework",
         "domain above 5", "negative index", "no index", "no source", "extra field"],
)  # fmt: skip
def test_a_row_that_cannot_be_a_published_result_is_an_error(row, column, code):
    assert codes(csv_lines(row)) == [(2, column, code)]


def test_a_central_agency_has_no_province():
    row = f'Kementerian Pertanian,pusat,Jawa Barat,2024,spbe-2020,,3.50,2.64,4.69,4.00,Sangat Baik,"{SOURCE}"'
    assert codes(csv_lines(row)) == [(2, "province", "province_for_central")]


def test_a_domain_the_framework_does_not_have_is_an_error():
    row = "Pemerintah Kota Denpasar,kota,Bali,2018,spbe-2018,,,2.00,,2.64,,news"
    assert codes(csv_lines(row)) == [(2, "d3_manajemen", "no_such_domain")]


def test_a_file_without_a_required_column_is_refused_before_its_rows():
    header = HEADER.replace(",source", "")
    parsed = parse_published(csv_lines(SIANTAR.rsplit(",", 1)[0], header=header))
    assert [(i.row, i.column, i.code) for i in parsed.errors] == [(1, "source", "missing_column")]
    assert str(parsed.errors[0]) == "row 1, source: the column 'source' is missing"


def test_an_empty_file_is_refused():
    assert codes([]) == [(1, None, "empty_file")]


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "hasil.csv"
    path.write_bytes((HEADER + "\nPemerintah Kab. Bone Bolango\xe9\n").encode("latin-1"))
    assert [issue.code for issue in read_published(path).errors] == ["not_utf8"]


def test_a_byte_order_mark_and_a_decimal_comma_are_accepted(tmp_path):
    path = tmp_path / "hasil.csv"
    row = SIANTAR.replace(",3.06,", ',"3,06",')
    path.write_text(f"\ufeff{HEADER}\n{row}\n", encoding="utf-8")
    assert read_published(path).require_valid()[0].index == Decimal("3.06")


@pytest.mark.parametrize(
    ("row", "column", "code"),
    [
        (SIANTAR.replace(",3.74,3.06,Baik,", ",0.30,1.49,Kurang,"), "d4_layanan", "below_scale"),
        (SIANTAR.replace(",Baik,", ",Sedang,"), "predicate", "unofficial_predicate"),
        (SIANTAR.replace(",Baik,", ",Cukup,"), "predicate", "predicate_mismatch"),
        (SIANTAR.replace(",3.06,", ",3.16,"), "index", "index_mismatch"),
        (SIANTAR.replace(",Sumatera Utara,", ",Sumatra Utara Raya,"), "province", "unknown_province"),
    ],
    ids=["below the scale", "unofficial predicate", "wrong predicate", "index off the domains", "unknown province"],
)  # fmt: skip
def test_a_doubtful_row_is_kept_as_published_with_a_warning(row, column, code):
    parsed = parse_published(csv_lines(row))
    assert parsed.errors == ()
    assert [(w.row, w.column, w.code) for w in parsed.warnings] == [(2, column, code)]
    assert all(w.severity is Severity.WARNING for w in parsed.warnings)


def test_a_predicate_at_a_rounded_boundary_is_not_a_mismatch():
    # 2024 Kab. Nias Barat: exact 1.7975, printed 1.80, "Kurang" under the unrounded basis.
    row = (
        "Pemerintah Kab. Nias Barat,kabupaten,Sumatera Utara,2024,spbe-2020,,,,,1.80,Kurang,report"
    )
    assert warnings(csv_lines(row)) == []


def test_an_unknown_column_is_ignored_with_a_warning():
    lines = csv_lines(SIANTAR + ",catatan", header=HEADER + ",notes")
    assert warnings(lines) == [(1, "notes", "unknown_column")]


def test_a_province_spelled_another_way_is_stored_under_its_usual_name():
    row = "Pemerintah D.I. Yogyakarta,provinsi,Daerah Istimewa Yogyakarta,2024,spbe-2020,,,,,4.02,Sangat Baik,report"
    (result,) = parse_published(csv_lines(row)).require_valid()
    assert result.province == "DI Yogyakarta"
    assert result.agency_key == "provinsi:diyogyakarta"


def test_messages_are_english_sentences_for_logs_and_carry_codes_for_translation():
    (issue,) = parse_published(csv_lines(SIANTAR.replace(",3.74,", ",5.10,"))).errors
    assert issue.code == "out_of_range"
    assert issue.params == {"value": Decimal("5.10"), "minimum": 0, "maximum": Decimal("5")}
    assert str(issue) == "row 2, d4_layanan: 5.10 is outside 0–5"
