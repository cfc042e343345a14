"""The drafting forms of real regulations, as page texts: enumerations with every marker,
items over several lines and pages, ayat, headings, tables, and the traps that stay closed."""

from __future__ import annotations

import pytest

from spbe.precheck import check_document, indicator_rules
from tests.precheck.texts import regulation

PETA = indicator_rules("spbe-2020", 2)
CONTENT = [
    "rencana Tata Kelola SPBE",
    "rencana Manajemen SPBE",
    "rencana Layanan SPBE",
    "rencana Infrastruktur SPBE",
    "rencana Aplikasi SPBE",
    "rencana Keamanan SPBE",
    "rencana Audit TIK",
]
ELEMENTS = [
    "Tata Kelola SPBE",
    "Manajemen SPBE",
    "Layanan SPBE",
    "Infrastruktur SPBE",
    "Aplikasi SPBE",
    "Keamanan SPBE",
    "Audit TIK",
]


def enumeration(markers: list[str], lead: str = "Peta Rencana SPBE memuat:") -> str:
    items = [f"{marker} {text};" for marker, text in zip(markers, CONTENT, strict=True)]
    items[-1] = items[-1].rstrip(";") + "."
    return "\n".join([lead, *items])


def level(pages: list[str]) -> int | None:
    return check_document(pages, PETA, agency="Kota Pematangsiantar").supported_level


def missing(pages: list[str]) -> tuple[str, ...]:
    return check_document(pages, PETA, agency="Kota Pematangsiantar", claimed_level=3).missing


def test_the_reported_perwali_listing_its_content_in_a_numbered_list_supports_level_3():
    pages = regulation("Peta Rencana SPBE", [enumeration([f"{n}." for n in range(1, 8)])])
    assert missing(pages) == ()
    assert level(pages) == 3


MARKERS = {
    "letters": [f"{c}." for c in "abcdefg"],
    "numbers": [f"{n}." for n in range(1, 8)],
    "numbers with parenthesis": [f"{n})" for n in range(1, 8)],
    "numbers in parentheses": [f"({n})" for n in range(1, 8)],
    "letters with parenthesis": [f"{c})" for c in "abcdefg"],
    "huruf": [f"huruf {c}." for c in "abcdefg"],
    "bullets": ["•"] * 7,
    "hyphens": ["-"] * 7,
    "en dashes": ["\u2013"] * 7,
}


@pytest.mark.parametrize("markers", MARKERS.values(), ids=MARKERS.keys())
def test_an_enumeration_of_the_content_counts_with_any_marker(markers):
    pages = regulation("Peta Rencana SPBE", [enumeration(markers)])
    assert missing(pages) == ()


def test_an_item_over_several_lines_counts():
    article = enumeration([f"{c}." for c in "abcdefg"]).replace(
        "rencana Keamanan SPBE", "rencana penguatan\nKeamanan SPBE yang\nmemuat standar"
    )
    pages = regulation("Peta Rencana SPBE", [article])
    assert missing(pages) == ()


def test_an_item_across_a_page_break_counts():
    pages = regulation("Peta Rencana SPBE", [enumeration([f"{c}." for c in "abcdefg"])])
    head, tail = pages[1].split("rencana Keamanan", 1)
    pages = [pages[0], head + "rencana", "Keamanan" + tail]
    assert missing(pages) == ()


def test_an_enumeration_under_a_scope_clause_still_regulates_nothing():
    lead = "Ruang lingkup Peraturan Wali Kota ini meliputi:"
    pages = regulation("Peta Rencana SPBE", [enumeration([f"{n}." for n in range(1, 8)], lead)])
    assert set(missing(pages)) == set(ELEMENTS)


def test_an_enumeration_under_a_scope_clause_naming_the_subject_regulates_nothing():
    lead = "Ruang lingkup Peta Rencana SPBE meliputi:"
    pages = regulation("Peta Rencana SPBE", [enumeration([f"({n})" for n in range(1, 8)], lead)])
    assert set(missing(pages)) == set(ELEMENTS)


def test_an_enumeration_under_a_clause_naming_another_element_counts_for_that_element_only():
    lead = "Rencana Keamanan SPBE memuat:"
    pages = regulation("Peta Rencana SPBE", [enumeration([f"{c}." for c in "abcdefg"], lead)])
    assert set(missing(pages)) == set(ELEMENTS) - {"Keamanan SPBE"}


def test_an_item_that_itself_lists_elements_regulates_none_of_them():
    article = (
        "Peta Rencana SPBE memuat:\n"
        "a. program tata kelola SPBE, manajemen SPBE dan layanan SPBE;\n"
        "b. rencana Audit TIK."
    )
    found = set(ELEMENTS) - set(missing(regulation("Peta Rencana SPBE", [article])))
    assert found == {"Audit TIK"}


def test_ayat_after_an_enumeration_in_parentheses_are_ayat_again():
    article = (
        enumeration([f"({n})" for n in range(1, 8)]) + "\n(2) Peta Rencana SPBE disusun oleh Dinas."
    )
    pages = regulation("Peta Rencana SPBE", [article])
    assert missing(pages) == ()
