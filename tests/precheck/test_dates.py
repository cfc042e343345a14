"""Dates in documents (``spbe.precheck.dates``): the date of enactment, the period covered."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spbe.precheck import describe_document, precheck_pages, result_as_json
from spbe.precheck.dates import (
    MONTHS,
    Period,
    enactment_date,
    find_period,
    format_date,
    months_before,
    parse_date,
)
from tests.precheck.texts import decree, regulation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pada tanggal 12 Maret 2023", datetime.date(2023, 3, 12)),
        ("pada tanggal 3 Pebruari 2024", datetime.date(2024, 2, 3)),
        ("pada tanggal 30 Nopember 2022", datetime.date(2022, 11, 30)),
        ("pada tanggal l2 Marct 2O23", datetime.date(2023, 3, 12)),
        ("5 0ktober 2021", datetime.date(2021, 10, 5)),
        ("12-03-2023", datetime.date(2023, 3, 12)),
        ("12/03/2023", datetime.date(2023, 3, 12)),
        ("1.7.2024", datetime.date(2024, 7, 1)),
    ],
)
def test_it_reads_a_date_in_words_or_numbers(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "text", ["31 Februari 2023", "31/02/2023", "12 Bulan 2023", "pada tanggal ....", "2022-2026"]
)
def test_it_reads_no_date_where_there_is_none(text):
    assert parse_date(text) is None


@given(st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31)))
def test_a_written_date_reads_back_as_itself(date):
    assert parse_date(f"pada tanggal {format_date(date)}") == date
    assert parse_date(f"{date.day:02d}-{date.month:02d}-{date.year}") == date
    assert parse_date(format_date(date).upper()) == date


@given(st.text())
def test_reading_dates_never_raises(text):
    parse_date(text)
    enactment_date(text, text)
    find_period(text)


@given(st.text(alphabet="0123456789 -/.,OIlJanuariMretPbsDzNopember\n"))
def test_reading_date_like_text_never_raises(text):
    date = parse_date(text)
    assert date is None or 1900 <= date.year <= 2099


def test_every_month_has_its_indonesian_name():
    assert [parse_date(f"1 {name} 2024").month for name in MONTHS] == list(range(1, 13))


def test_the_enactment_date_is_the_closings_not_the_promulgations():
    closing = (
        "Ditetapkan di Pematangsiantar\npada tanggal 14 Maret 2023\nWALI KOTA,\n"
        "Diundangkan di Pematangsiantar\npada tanggal 20 Maret 2023"
    )
    assert enactment_date(closing) == datetime.date(2023, 3, 14)
    assert enactment_date("Diundangkan di Medan\npada tanggal 20 Maret 2023") == (
        datetime.date(2023, 3, 20)
    )


def test_a_letters_date_line_is_its_date():
    letter = "LAPORAN PELAKSANAAN AUDIT TIK\nisi laporan\nPematangsiantar, 5 Januari 2024\nKepala"
    assert enactment_date("", letter) == datetime.date(2024, 1, 5)


def test_a_regulation_tells_its_enactment_date_and_period():
    facts = describe_document(
        regulation("Rencana Induk SPBE Tahun 2022-2026", ["Rencana induk memuat peta rencana."])
    )
    assert facts.enacted_on == datetime.date(2023, 3, 14)
    assert facts.period == Period(2022, 2026)
    assert str(facts.period) == "2022–2026"


def test_a_decree_without_a_period_has_none():
    facts = describe_document(decree("Pembentukan Tim Audit TIK", ["Membentuk Tim Audit TIK."]))
    assert facts.enacted_on == datetime.date(2023, 3, 14)
    assert facts.period is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("RENCANA STRATEGIS TAHUN 2022-2026", Period(2022, 2026)),
        ("RENCANA STRATEGIS 2022–2026", Period(2022, 2026)),
        ("PETA RENCANA SPBE PERIODE 2021 SAMPAI DENGAN 2026", Period(2021, 2026)),
        ("PETA RENCANA SPBE TAHUN 2021 S.D. 2025", Period(2021, 2025)),
        ("RKA SKPD TAHUN ANGGARAN 2024", Period(2024, 2024)),
        ("ARSITEKTUR SPBE 2026-2022", None),
        ("PERATURAN NOMOR 12 TAHUN 2023", None),
    ],
)
def test_it_reads_the_period_a_document_covers(title, expected):
    assert find_period(title) == expected


def test_twelve_months_before_a_leap_day_is_the_last_day_of_february():
    assert months_before(datetime.date(2028, 2, 29), 12) == datetime.date(2027, 2, 28)
    assert months_before(datetime.date(2026, 12, 15), 12) == datetime.date(2025, 12, 15)
    assert months_before(datetime.date(2026, 1, 31), 2) == datetime.date(2025, 11, 30)


def test_the_json_result_carries_the_enactment_date_and_the_period():
    pages = regulation("Peta Rencana SPBE Tahun 2022-2026", ["Peta rencana memuat tata kelola."])
    data = result_as_json(precheck_pages(pages, framework="spbe-2020", indicator=2))
    assert data["document"]["enacted_on"] == "2023-03-14"
    assert data["document"]["period"] == {"start": 2022, "end": 2026}
