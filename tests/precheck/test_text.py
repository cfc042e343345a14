"""Cleaning extracted text and matching rule wordings through PDF and OCR artefacts."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spbe.precheck.text import compile_wording, excerpt, flatten, normalise_page

EXAMPLES = settings(max_examples=60, deadline=None)


def test_a_word_hyphenated_across_lines_is_joined():
    assert normalise_page("penyeleng-\ngaraan SPBE") == "penyelenggaraan SPBE"


def test_a_soft_hyphen_at_a_line_break_is_joined_too():
    assert normalise_page("arsi\u00ad\n  tektur") == "arsitektur"


def test_ligatures_and_curly_quotes_become_plain_letters():
    assert normalise_page("\ufb01le \u201cSPBE\u201d \u2018a\u2019") == "file \"SPBE\" 'a'"


def test_dashes_become_hyphens():
    assert normalise_page("2018\u20132023 \u2212 x") == "2018-2023 - x"


def test_runs_of_spaces_collapse_and_lines_are_trimmed():
    assert normalise_page("  Pasal \u00a0 5  \n\u00a0ayat (1) ") == "Pasal 5\nayat (1)"


def test_the_cells_of_a_table_row_stay_apart_by_one_tab():
    assert normalise_page("1 \t\t Proses  Bisnis\t uraian ") == "1\tProses Bisnis\turaian"


def test_line_breaks_are_kept_and_blank_lines_reduced_to_one():
    assert (
        normalise_page("BAB I\n\n\n\nPasal 1\r\nisi\rlagi\fakhir")
        == "BAB I\n\nPasal 1\nisi\nlagi\nakhir"
    )


def test_a_speck_read_as_a_stop_inside_a_sentence_is_removed():
    assert (
        normalise_page("evaluasi.terhadap SPBE secara. berkala")
        == "evaluasi terhadap SPBE secara berkala"
    )


@pytest.mark.parametrize(
    "text", ["a. bahwa", "Rp2.000", "Jl. Merdeka", "Pasal 5. Ayat", "SPBE. Kemudian"]
)
def test_stops_that_mean_something_are_kept(text):
    assert normalise_page(text) == text


def test_an_empty_page_stays_empty():
    assert normalise_page("") == ""
    assert normalise_page(" \n\n \t") == ""


@EXAMPLES
@given(st.text(max_size=80))
def test_normalising_twice_changes_nothing_more(text):
    once = normalise_page(text)
    assert normalise_page(once) == once


@EXAMPLES
@given(st.text(max_size=80))
def test_a_normalised_page_has_no_double_spaces_or_blank_runs(text):
    page = normalise_page(text)
    assert "  " not in page and "\n\n\n" not in page
    assert page == page.strip()


def test_flatten_puts_the_text_on_one_line():
    assert flatten(" Pasal 5\n\t(1) Arsitektur  SPBE ") == "Pasal 5 (1) Arsitektur SPBE"


@pytest.mark.parametrize(
    "text",
    [
        "Keamanan SPBE",
        "keamanan spbe",
        "Keamanan\nSPBE",
        "KeamananSPBE",
        "Keamanan.\nSPBE",
        "Keamanan, SPBE",
    ],
)
def test_a_space_in_a_wording_accepts_whitespace_stops_commas_or_nothing(text):
    assert compile_wording("keamanan spbe").search(text)


def test_a_wording_does_not_match_other_words_in_between():
    assert not compile_wording("keamanan spbe").search("keamanan informasi SPBE")


def test_a_wording_is_a_regular_expression():
    pattern = compile_wording(r"arsitektur (spbe|sistem pemerintahan)")
    assert pattern.search("Arsitektur Sistem\nPemerintahan")
    assert not pattern.search("Arsitektur Data")


def test_dot_in_a_wording_crosses_line_breaks():
    assert compile_wording("peta.*rencana").search("Peta\nRencana")


def test_a_space_inside_a_character_class_is_left_alone():
    pattern = compile_wording("a[ ]b")
    assert pattern.search("a b")
    assert not pattern.search("ab")


def test_an_escaped_space_is_left_alone():
    pattern = compile_wording(r"a\ b")
    assert pattern.search("a b")
    assert not pattern.search("ab")


def test_a_wording_is_compiled_once():
    assert compile_wording("tim koordinasi") is compile_wording("tim koordinasi")


def test_an_invalid_wording_raises_the_regex_error():
    with pytest.raises(re.error):
        compile_wording("(keamanan")


TEXT = "Pasal 5 (1) Arsitektur SPBE Pemerintah Daerah disusun untuk jangka waktu lima tahun."


def test_a_short_text_is_quoted_whole():
    start = TEXT.index("Arsitektur")
    assert excerpt(TEXT, start, start + 15) == TEXT


def test_a_long_text_is_cut_at_word_boundaries_with_ellipses():
    text = " ".join(f"kata{n}" for n in range(100))
    start = text.index("kata50")
    quote = excerpt(text, start, start + 6, limit=40)
    assert quote.startswith("…") and quote.endswith("…")
    assert "kata50" in quote
    assert len(quote) <= 40
    assert all(word.startswith("kata") for word in quote.strip("…").split())


def test_a_match_at_the_start_has_no_leading_ellipsis():
    text = "Arsitektur SPBE " + "lanjutan " * 50
    quote = excerpt(text, 0, 10, limit=40)
    assert quote.startswith("Arsitektur") and quote.endswith("…")


def test_a_match_longer_than_the_limit_is_cut_with_an_ellipsis():
    text = "a " * 200
    quote = excerpt(text, 0, 300, limit=50)
    assert len(quote) == 50 and quote.endswith("…")


def test_an_excerpt_is_on_one_line():
    assert "\n" not in excerpt("Pasal 5\n(1) isi\nayat", 8, 15)


@EXAMPLES
@given(st.text(alphabet="ab \n", min_size=1, max_size=300), st.data(), st.integers(10, 120))
def test_an_excerpt_never_exceeds_its_limit(text, data, limit):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert len(excerpt(text, start, end, limit=limit)) <= limit


@pytest.mark.parametrize("read", ["Yo", "Y6", "Y0"])
def test_a_per_cent_sign_that_ocr_read_as_yo_is_mended(read):
    assert normalise_page(f"Realisasi program mencapai 100 {read} pada November.") == (
        "Realisasi program mencapai 100 % pada November."
    )
    assert normalise_page("Yo, kata Budi.") == "Yo, kata Budi."


@pytest.mark.parametrize("read", ["kebutuhan:-aset", "kebutuhan;aset", "kebutuhan-:aset"])
def test_a_speck_read_as_a_colon_between_two_words_is_a_space(read):
    assert normalise_page(f"Perencanaan {read} disusun.") == "Perencanaan kebutuhan aset disusun."


def test_a_words_own_hyphen_is_kept():
    assert normalise_page("Layanan e-government di kota.") == "Layanan e-government di kota."
