"""Golden test: the engine reproduces the first published Indeks Pemdi result.

Kabupaten Aceh Tengah 2026, interview stage: the external assessor's 20 fractional indicator
values give the index 1.24 and the seven aspect scores as the slides print them. One aspect,
Teknologi Pemerintah Digital, shows that I13 is printed rounded: 1.17 gives 1.085, which rounds
to 1.09, while the published 1.08 needs I13 = 7/6 (1.1666...).
"""

from __future__ import annotations

import json
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from spbe.scoring import parse_values, score

PUBLISHED = (
    Path(__file__).parents[2] / "src" / "spbe" / "library" / "published" / "pemdi-2026-results.json"
)
# The slides name two aspects differently from the library ("Keamanan Pemdi", "Teknologi Pemdi").
ASPECT_NUMBERS = {
    "Tata Kelola dan Manajemen": 1,
    "Penyelenggara": 2,
    "Data": 3,
    "Keamanan Pemerintah Digital": 4,
    "Teknologi Pemerintah Digital": 5,
    "Keterpaduan Layanan Digital Pemerintah": 6,
    "Kepuasan Pengguna Layanan Digital Pemerintah": 7,
}
TECHNOLOGY = ASPECT_NUMBERS["Teknologi Pemerintah Digital"]
I13_UNROUNDED = Fraction(7, 6)


@pytest.fixture(scope="module")
def published():
    return json.loads(PUBLISHED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def assessor_values(published, pemdi_2026):
    values = {int(code[1:]): value for code, value in published["indicator_values"].items()}
    return parse_values(pemdi_2026, values)


def test_the_published_file_is_the_aceh_tengah_interview_result(published):
    assert published["agency"] == "Pemerintah Kabupaten Aceh Tengah"
    assert (published["framework"], published["year"]) == ("pemdi-2026", 2026)
    assert len(published["indicator_values"]) == 20
    assert set(published["aspect_scores"]) == set(ASPECT_NUMBERS)


def test_the_assessors_values_give_the_published_index_of_1_24(pemdi_2026, assessor_values):
    result = score(pemdi_2026, assessor_values, year=2026)
    assert result.index == Decimal("1.24")
    assert result.predicate == "Kurang"


def test_six_aspects_print_as_published_from_the_printed_values(
    published, pemdi_2026, assessor_values
):
    result = score(pemdi_2026, assessor_values, year=2026)
    for name, number in ASPECT_NUMBERS.items():
        if number != TECHNOLOGY:
            assert result.aspect(number).display == Decimal(str(published["aspect_scores"][name]))


def test_teknologi_is_1_09_with_i13_as_printed_but_published_as_1_08(
    published, pemdi_2026, assessor_values
):
    assert assessor_values[13] == Fraction("1.17")
    result = score(pemdi_2026, assessor_values, year=2026)
    # (5 x 1.17 + 5 x 1.00) / 10 = 1.085, which rounds half-up to 1.09.
    assert result.aspect(TECHNOLOGY).exact == Decimal("1.085")
    assert result.aspect(TECHNOLOGY).display == Decimal("1.09")
    assert published["aspect_scores"]["Teknologi Pemerintah Digital"] == 1.08


def test_with_i13_at_seven_sixths_every_aspect_and_the_index_print_as_published(
    published, pemdi_2026, assessor_values
):
    values = {**assessor_values, 13: I13_UNROUNDED}
    result = score(pemdi_2026, values, year=2026)
    assert result.aspect(TECHNOLOGY).display == Decimal("1.08")
    for name, number in ASPECT_NUMBERS.items():
        assert result.aspect(number).display == Decimal(str(published["aspect_scores"][name]))
    assert result.index == Decimal(str(published["index"]))
