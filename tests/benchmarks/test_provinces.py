"""One spelling per province, so that a peer group is never split in two."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.benchmarks.provinces import PROVINCES, canonical_province, province_key

EXAMPLES = settings(max_examples=60, deadline=None)


def test_there_are_thirty_eight_provinces_each_named_once():
    assert len(PROVINCES) == 38
    assert len({province_key(name) for name in PROVINCES}) == 38


def test_the_key_drops_case_spaces_and_punctuation():
    assert province_key("D.I. Yogyakarta") == "diyogyakarta"
    assert province_key("  Sumatera   Utara ") == "sumaterautara"


def test_the_key_drops_accents():
    assert province_key("Bálí") == "bali"


@pytest.mark.parametrize(
    "name",
    [
        "Provinsi Jawa Barat",
        "Prov. Jawa Barat",
        "Pemerintah Provinsi Jawa Barat",
        "prov jawa barat",
    ],
)
def test_the_key_drops_a_leading_provinsi(name):
    assert province_key(name) == "jawabarat"


def test_the_key_keeps_provinsi_in_the_middle_of_a_name():
    assert province_key("Jawa Provinsi Barat") == "jawaprovinsibarat"


def test_the_key_of_an_empty_name_is_empty():
    assert province_key("") == ""
    assert province_key(" .,- ") == ""


@pytest.mark.parametrize("name", PROVINCES)
def test_every_province_is_its_own_canonical_name(name):
    assert canonical_province(name) == name


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("DIY", "DI Yogyakarta"),
        ("Daerah Istimewa Yogyakarta", "DI Yogyakarta"),
        ("D.I. Yogyakarta", "DI Yogyakarta"),
        ("Jakarta", "DKI Jakarta"),
        ("Daerah Khusus Ibukota Jakarta", "DKI Jakarta"),
        ("Nanggroe Aceh Darussalam", "Aceh"),
        ("Babel", "Kepulauan Bangka Belitung"),
        ("Bangka Belitung", "Kepulauan Bangka Belitung"),
        ("Kepri", "Kepulauan Riau"),
        ("Jatim", "Jawa Timur"),
        ("NTT", "Nusa Tenggara Timur"),
        ("Provinsi Sumut", "Sumatera Utara"),
        ("PAPUA BARAT DAYA", "Papua Barat Daya"),
    ],
)
def test_other_spellings_map_to_the_canonical_name(spelling, canonical):
    assert canonical_province(spelling) == canonical


@pytest.mark.parametrize("name", ["Atlantis", "", "Jawa", "Papua Utara", "Kalimantan"])
def test_an_unknown_spelling_has_no_canonical_name(name):
    assert canonical_province(name) is None


def test_papua_and_its_daughter_provinces_stay_apart():
    names = ["Papua", "Papua Barat", "Papua Barat Daya", "Papua Selatan", "Papua Tengah"]
    assert [canonical_province(name) for name in names] == names


@EXAMPLES
@given(
    st.sampled_from(PROVINCES), st.sampled_from(["", "Provinsi ", "Prov. ", "PEMERINTAH PROVINSI "])
)
def test_a_prefix_and_the_case_do_not_change_the_province(name, prefix):
    assert canonical_province(prefix + name.upper()) == name
    assert canonical_province(prefix + name.lower()) == name


@EXAMPLES
@given(st.text(max_size=40))
def test_the_key_is_lower_case_ascii_letters_and_digits(text):
    assert all(char in "abcdefghijklmnopqrstuvwxyz0123456789" for char in province_key(text))


@EXAMPLES
@given(st.text(max_size=40))
def test_a_canonical_name_is_always_one_of_the_provinces(text):
    found = canonical_province(text)
    assert found is None or found in PROVINCES


@EXAMPLES
@given(st.sampled_from(PROVINCES))
def test_the_canonical_name_is_a_fixed_point(name):
    once = canonical_province(name)
    assert once is not None
    assert canonical_province(once) == once
