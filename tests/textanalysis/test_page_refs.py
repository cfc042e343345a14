"""Page references for a portal note: the pages where an item's words occur, as "hlm. 3–4"."""

import pytest

from spbe.textanalysis.page_refs import (
    key_terms,
    numbered,
    page_range_phrase,
    page_ranges,
    page_reference,
    pages_with_terms,
)


@pytest.mark.parametrize(
    ("pages", "phrase"),
    [
        ([], ""),
        ([3], "hlm. 3"),
        ([3, 4], "hlm. 3–4"),
        ([4, 3, 3], "hlm. 3–4"),
        ([2, 5, 7, 8, 9], "hlm. 2, 5, 7–9"),
        ([1, 2, 3, 10], "hlm. 1–3, 10"),
    ],
)
def test_pages_are_written_as_ranges_with_an_en_dash(pages, phrase):
    assert page_range_phrase(pages) == phrase


def test_consecutive_pages_make_one_run_and_repeats_count_once():
    assert page_ranges([5, 1, 2, 2, 6]) == [(1, 2), (5, 6)]


def test_key_terms_leave_out_function_words_and_repeat_nothing():
    assert key_terms("Penetapan Tim Audit yang ditetapkan oleh Koordinator dan Tim Audit") == (
        "penetapan",
        "tim",
        "audit",
        "ditetapkan",
        "koordinator",
    )


def test_a_page_counts_when_it_holds_half_of_the_key_terms():
    terms = ("arsitektur", "pemerintah", "digital", "ditetapkan")
    pages = [
        "Daftar isi",
        "Arsitektur Pemerintah Digital Kota Uji",
        "ARSITEKTUR yang telah ditetapkan",
        "Pemerintah saja",
    ]
    assert pages_with_terms(numbered(pages), terms) == [2, 3]


def test_words_broken_across_lines_by_a_hyphen_are_found():
    assert pages_with_terms([(4, "Arsi-\ntektur pemerintah")], ("arsitektur", "pemerintah")) == [4]


def test_a_word_inside_a_longer_word_does_not_count():
    assert pages_with_terms([(1, "Kearsitekturan")], ("arsitektur",)) == []


def test_the_reference_of_an_item_names_the_pages_of_its_words():
    pages = ["Sampul", "Laporan Hasil Audit Internal", "Hasil audit internal keamanan", "Lampiran"]
    item = "Laporan Hasil Audit Internal Keamanan Pemerintah Digital"
    assert page_reference(numbered(pages), item) == "hlm. 2–3"


def test_an_item_without_key_terms_has_no_reference():
    assert page_reference([(1, "yang dan atau")], "yang dan") == ""


def test_the_pages_keep_the_numbers_they_are_given():
    pages = [(7, "Audit internal"), (9, "Audit internal keamanan")]
    assert page_reference(pages, "Laporan Audit Internal") == "hlm. 7, 9"
