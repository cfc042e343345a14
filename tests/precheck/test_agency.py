"""Which agency issued a document, how a user names an agency, and whether the two agree."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.precheck.agency import SAME_NAME, Agency, detect_agency, parse_agency, same_agency


def test_an_agency_prints_with_its_level():
    assert str(Agency("kabupaten", "Simalungun")) == "Kabupaten Simalungun"
    assert str(Agency("lembaga", "Pusat Statistik")) == "Badan Pusat Statistik"


def test_an_agency_without_a_level_prints_its_name():
    assert str(Agency(None, "Pematangsiantar")) == "Pematangsiantar"


def test_the_key_keeps_only_lower_case_letters():
    assert Agency("kota", "Pematang Siantar").key == "pematangsiantar"
    assert Agency(None, "D.K.I. 1").key == "dki"


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("WALI KOTA PEMATANGSIANTAR\nPROVINSI SUMATERA UTARA", Agency("kota", "Pematangsiantar")),
        ("WALIKOTA MEDAN,", Agency("kota", "Medan")),
        ("BUPATI SIMALUNGUN\nNOMOR 5", Agency("kabupaten", "Simalungun")),
        ("GUBERNUR SUMATERA UTARA", Agency("provinsi", "Sumatera Utara")),
        ("PEMERINTAH KABUPATEN DELI SERDANG", Agency("kabupaten", "Deli Serdang")),
        (
            "MENTERI KELAUTAN DAN PERIKANAN REPUBLIK INDONESIA",
            Agency("kementerian", "Kelautan dan Perikanan"),
        ),
        ("KEPALA BADAN SIBER DAN SANDI NEGARA", Agency("lembaga", "Siber dan Sandi Negara")),
    ],
)
def test_the_issuer_is_read_from_its_title(zone, expected):
    assert detect_agency([zone]) == expected


def test_lower_case_text_is_read_too():
    assert detect_agency(["bupati karo"]) == Agency("kabupaten", "Karo")


def test_no_issuer_named_gives_none():
    assert detect_agency(["Daftar hadir rapat koordinasi"]) is None
    assert detect_agency([]) is None
    assert detect_agency([""]) is None


def test_a_title_without_a_name_is_not_an_issuer():
    assert detect_agency(["PERATURAN WALI KOTA TENTANG ARSITEKTUR"]) is None


def test_the_most_named_issuer_wins():
    zones = ["BUPATI SIMALUNGUN", "WALI KOTA MEDAN", "SEKRETARIS DAERAH KOTA MEDAN,"]
    assert detect_agency(zones) == Agency("kota", "Medan")


def test_between_issuers_named_equally_often_the_first_wins():
    assert detect_agency(["BUPATI KARO", "WALI KOTA MEDAN"]) == Agency("kabupaten", "Karo")


def test_two_spellings_of_one_name_count_as_one_issuer():
    zones = [
        "WALI KOTA PEMATANG SIANTAR",
        "BERITA DAERAH KOTA PEMATANGSIANTAR TAHUN 2023",
        "BUPATI KARO",
        "BUPATI KARO",
    ]
    found = detect_agency(zones)
    assert found is not None and found.key == "pematangsiantar"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pemerintah Kota Pematangsiantar", Agency("kota", "Pematangsiantar")),
        ("Pemkot Medan", Agency("kota", "Medan")),
        ("Kab. Simalungun", Agency("kabupaten", "Simalungun")),
        ("kabupaten  deli   serdang", Agency("kabupaten", "Deli Serdang")),
        ("Pemprov Sumatera Utara", Agency("provinsi", "Sumatera Utara")),
        (
            "Kementerian Komunikasi dan Informatika",
            Agency("kementerian", "Komunikasi dan Informatika"),
        ),
        ("Badan Siber dan Sandi Negara", Agency("lembaga", "Siber dan Sandi Negara")),
        ("Pematangsiantar", Agency(None, "Pematangsiantar")),
    ],
)
def test_a_user_may_name_an_agency_in_the_usual_ways(text, expected):
    assert parse_agency(text) == expected


def test_a_word_merely_starting_with_a_level_is_not_one():
    assert parse_agency("Kotabaru") == Agency(None, "Kotabaru")


def test_an_empty_name_parses_to_an_empty_agency():
    assert parse_agency("  ") == Agency(None, "")


def test_the_same_name_with_other_spacing_is_the_same_agency():
    assert same_agency(Agency("kota", "Pematang Siantar"), parse_agency("Kota Pematangsiantar"))


def test_a_small_ocr_slip_is_tolerated():
    assert same_agency(Agency("kota", "Pematangsiantar"), Agency("kota", "Pematangsiantur"))


def test_a_regency_and_a_city_of_one_name_differ():
    assert not same_agency(Agency("kota", "Bogor"), Agency("kabupaten", "Bogor"))


def test_an_unknown_level_does_not_keep_names_apart():
    assert same_agency(Agency("kota", "Bogor"), Agency(None, "Bogor"))


def test_different_names_are_different_agencies():
    assert not same_agency(Agency("kota", "Medan"), Agency("kota", "Binjai"))


def test_an_empty_name_is_never_the_same_agency():
    assert not same_agency(Agency(None, ""), Agency(None, ""))
    assert not same_agency(Agency("kota", "Medan"), Agency("kota", "..."))


def test_the_similarity_threshold_is_strict_enough_for_short_names():
    assert SAME_NAME == 88
    assert not same_agency(Agency("kota", "Batu"), Agency("kota", "Bata"))


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", min_size=3, max_size=30).filter(
        lambda s: s.strip()
    )
)
def test_a_name_is_the_same_agency_as_itself_in_any_case(name):
    agency = Agency("kota", name)
    assert same_agency(agency, Agency("kota", name.upper())) is bool(agency.key)


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="abcdefghij ", min_size=1, max_size=20),
    st.text(alphabet="abcdefghij ", min_size=1, max_size=20),
)
def test_sameness_is_symmetric(first, second):
    a, b = Agency(None, first), Agency(None, second)
    assert same_agency(a, b) == same_agency(b, a)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A province whose official name has no "Provinsi" (issue 12, found by the held-back part).
        ("Pemerintah Aceh", Agency("provinsi", "Aceh")),
        ("Pemerintah Provinsi Sumatera Barat", Agency("provinsi", "Sumatera Barat")),
        ("Pemerintah Daerah Kabupaten Karo", Agency("kabupaten", "Karo")),
        ("Pemerintah Daerah Kota Binjai", Agency("kota", "Binjai")),
        ("Walikota Binjai", Agency("kota", "Binjai")),
        ("Wali Kota Binjai", Agency("kota", "Binjai")),
        ("Bupati Karo", Agency("kabupaten", "Karo")),
        ("Gubernur Aceh", Agency("provinsi", "Aceh")),
    ],
)
def test_a_user_may_name_a_region_by_its_government_or_its_head(text, expected):
    assert parse_agency(text) == expected


def test_a_province_named_without_provinsi_is_read_from_its_letterhead():
    assert detect_agency(["PEMERINTAH ACEH\nDINAS KOMUNIKASI"]) == Agency("provinsi", "Aceh")


@pytest.mark.parametrize(
    "zone",
    [
        "GUBERNUR ACEH",
        "PEMERINTAH ACEH",
        "BERITA DAERAH PROVINSI ACEH",
        "SEKRETARIS DAERAH PROVINSI ACEH,",
    ],
)
def test_a_provinces_own_documents_are_its_own_whatever_name_it_uses(zone):
    found = detect_agency([zone])
    assert found == Agency("provinsi", "Aceh")
    assert same_agency(found, parse_agency("Pemerintah Aceh"))
    assert not same_agency(found, parse_agency("Pemerintah Provinsi Sumatera Utara"))


@pytest.mark.parametrize(
    ("zone", "own", "other"),
    [
        ("BUPATI KARO", "Kabupaten Karo", "Kota Karo"),
        ("PEMERINTAH KABUPATEN KARO", "Pemerintah Kabupaten Karo", "Pemerintah Kabupaten Dairi"),
        ("WALIKOTA BINJAI", "Pemerintah Kota Binjai", "Kabupaten Binjai"),
        ("WALI KOTA BINJAI", "Kota Binjai", "Kota Medan"),
        ("GUBERNUR SUMATERA BARAT", "Pemerintah Provinsi Sumatera Barat", "Pemerintah Aceh"),
    ],
)
def test_each_region_matches_its_own_agency_and_no_other(zone, own, other):
    found = detect_agency([zone])
    assert found is not None
    assert same_agency(found, parse_agency(own))
    assert not same_agency(found, parse_agency(other))
