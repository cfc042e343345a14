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
    # A speck OCR reads as a stop after the parenthesis (tuned scans of the corpus).
    "numbers in parentheses and a stray stop": [f"({n})." for n in range(1, 8)],
    "letters with parenthesis and a stray stop": [f"{c})." for c in "abcdefg"],
    "letters with parenthesis, f) read as $)": [f"{c})" for c in "abcde"] + ["$)", "g)"],
    # The tuned scan of the Simalungun Perbup (ayat, then "a." to "g."): OCR read "f." as a
    # pound sign and the stop of "g." as a hyphen, and the last two items were lost.
    "letters, f. read as £ and g. as g-": [f"{c}." for c in "abcde"] + ["\u00a3", "g-"],
    # The tuned scan of the Sumatera Utara Pergub: its first hyphen read as a colon.
    "hyphens, the first read as a colon": [":"] + ["-"] * 6,
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


def comprehensive(chapters: dict[str, list[str]]) -> list[str]:
    """A "Perwali tentang Penyelenggaraan SPBE": one BAB per subject, its articles under it."""
    articles: list[str] = []
    for number, (title, texts) in enumerate(chapters.items()):
        if number:
            articles[-1] += (
                f"\nBAB {['III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][number - 1]}\n{title}"
            )
        articles += texts
    return regulation("Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik", articles)


OMNIBUS = {
    "KETENTUAN PELAKSANAAN": ["Wali Kota menyelenggarakan SPBE."],
    "ARSITEKTUR SPBE": [
        "Referensi Arsitektur menjadi acuan setiap domain.",
        "Arsitektur Domain Proses Bisnis memetakan proses bisnis.",
        "Arsitektur Domain Data dan Informasi disusun Dinas.",
        "Arsitektur Domain Aplikasi SPBE memuat aplikasi umum.",
    ],
    "PETA RENCANA SPBE": [
        "Peta Rencana SPBE memuat:\na. rencana Tata Kelola SPBE;\nb. rencana Manajemen SPBE;"
        "\nc. rencana Layanan SPBE; dan\nd. rencana Audit TIK.",
        "Arsitektur Domain Keamanan dipetakan dalam rencana.",
    ],
    "KEAMANAN SPBE": ["Keamanan SPBE dilaksanakan oleh Dinas.", "Infrastruktur SPBE dikelola."],
    "TIM KOORDINASI SPBE": ["Tim Koordinasi SPBE dibentuk oleh Wali Kota."],
    "PEMANTAUAN DAN EVALUASI": [
        "Wali Kota melakukan reviu dan evaluasi terhadap pelaksanaan Peraturan Wali Kota ini "
        "secara berkala paling sedikit 1 (satu) kali dalam 1 (satu) tahun."
    ],
}


def found(pages: list[str], indicator: int) -> set[str]:
    result = check_document(
        pages, indicator_rules("spbe-2020", indicator), agency="Kota Pematangsiantar"
    )
    return {row.element for row in result.criteria if row.found}


def test_each_indicator_finds_its_own_chapter_of_a_comprehensive_regulation():
    pages = comprehensive(OMNIBUS)
    peta = found(pages, 2)
    assert {"Tata Kelola SPBE", "Manajemen SPBE", "Layanan SPBE", "Audit TIK"} <= peta
    # Keamanan and Infrastruktur are regulated, but in another chapter than Peta Rencana's.
    assert not {"Keamanan SPBE", "Infrastruktur SPBE"} & peta
    arsitektur = found(pages, 1)
    assert {"Referensi Arsitektur", "Proses Bisnis", "Data dan Informasi"} <= arsitektur
    # "Arsitektur Domain Keamanan" appears only in the Peta Rencana chapter.
    assert "Keamanan SPBE" not in arsitektur


def test_a_general_element_counts_from_any_chapter_of_a_comprehensive_regulation():
    pages = comprehensive(OMNIBUS)
    review = "Reviu dan evaluasi kebijakan secara berkala"
    assert review in found(pages, 1) and review in found(pages, 2)


def test_a_dedicated_regulation_counts_its_whole_text():
    pages = regulation(
        "Peta Rencana SPBE",
        ["Peta Rencana SPBE disusun.\nBAB III\nKEAMANAN", "Keamanan SPBE diatur."],
    )
    assert "Keamanan SPBE" in found(pages, 2)


def test_a_comprehensive_regulation_is_parsed_once_for_all_its_indicators():
    from spbe.precheck.structure import _parse

    pages = comprehensive(OMNIBUS)
    _parse.cache_clear()
    for indicator in range(1, 11):
        check_document(
            pages, indicator_rules("spbe-2020", indicator), agency="Kota Pematangsiantar"
        )
    assert _parse.cache_info().misses == 1


def test_a_numbered_definitions_list_naming_the_subject_and_every_element_proves_nothing():
    definitions = (
        "Peta Rencana SPBE memuat:",
        *(f"{text} adalah bagian dari Peta Rencana SPBE." for text in ELEMENTS),
    )
    pages = regulation("Peta Rencana SPBE", ["Ketentuan lain."], definitions=definitions)
    assert set(missing(pages)) == set(ELEMENTS)


def test_considerations_listing_the_content_prove_nothing():
    preamble = "bahwa Peta Rencana SPBE memuat:\n" + "\n".join(
        f"{n}. {text};" for n, text in enumerate(CONTENT, start=1)
    )
    pages = regulation("Peta Rencana SPBE", ["Ketentuan lain."], preamble=preamble)
    assert set(missing(pages)) == set(ELEMENTS)


def test_each_ayat_of_an_article_regulates_what_its_opening_clause_names():
    article = "\n".join(
        f"({n}) Rencana {text} disusun Dinas." for n, text in enumerate(ELEMENTS, 1)
    )
    assert missing(regulation("Peta Rencana SPBE", [article])) == ()


def test_a_heading_carrying_the_subject_makes_a_document_related():
    pages = regulation("Penyelenggaraan SPBE", ["Isi.\nBAB III PETA RENCANA SPBE", "Isi lain."])
    assert level(pages) == 2


def test_a_section_heading_with_its_title_on_the_next_line_carries_the_subject():
    pages = regulation(
        "Penyelenggaraan SPBE",
        ["Isi.\nBagian Kesatu\nPeta Rencana SPBE", enumeration([f"{n}." for n in range(1, 8)])],
    )
    assert missing(pages) == ()
    assert level(pages) == 3


ARSITEKTUR = indicator_rules("spbe-2020", 1)
DOMAINS = [
    "Proses Bisnis",
    "Data dan Informasi",
    "Infrastruktur",
    "Aplikasi",
    "Keamanan",
    "Layanan",
]


def table_article(lead: str = "Arsitektur SPBE memuat domain dalam tabel berikut:") -> str:
    rows = [f"{n}\tArsitektur Domain {d}\turaian domain" for n, d in enumerate(DOMAINS, 1)]
    return "\n".join([lead, "No\tDomain\tUraian", *rows, "7\tReferensi Arsitektur\tacuan"])


def arsitektur_missing(pages: list[str]) -> set[str]:
    result = check_document(pages, ARSITEKTUR, agency="Kota Pematangsiantar", claimed_level=3)
    return set(result.missing)


def test_a_table_of_the_subjects_content_counts_each_row():
    pages = regulation("Arsitektur SPBE", [table_article()])
    assert arsitektur_missing(pages) == set()


def test_a_table_under_a_scope_clause_regulates_nothing():
    pages = regulation("Arsitektur SPBE", [table_article("Ruang lingkup Peraturan ini meliputi:")])
    assert len(arsitektur_missing(pages)) == 7


def test_a_table_in_a_lampiran_counts_row_by_row():
    closing_and_annex = (
        "\nLAMPIRAN PERATURAN WALI KOTA PEMATANGSIANTAR\nNOMOR 12 TAHUN 2023\n"
        "ARSITEKTUR SPBE\nBAB I\nDOMAIN ARSITEKTUR\n" + table_article("Tabel 1.").split("\n", 1)[1]
    )
    pages = regulation("Arsitektur SPBE", ["Arsitektur SPBE tercantum dalam Lampiran."])
    pages[-1] += closing_and_annex
    assert arsitektur_missing(pages) == set()


def test_an_enumeration_whose_markers_ocr_read_as_a_column_of_their_own_counts_line_by_line():
    article = "Peta Rencana SPBE memuat:\nc.\nd.\n\na. " + ";\n".join(CONTENT[:3]) + ":\nlh\n"
    article += "\n".join(f"{text}," for text in CONTENT[3:6]) + "\n\ng.\n\n" + CONTENT[6] + "."
    assert missing(regulation("Peta Rencana SPBE", [article])) == ()


def test_detached_markers_under_a_scope_clause_still_regulate_nothing():
    article = "Ruang lingkup Peraturan ini meliputi:\na.\nb.\n" + "\n".join(CONTENT)
    assert set(missing(regulation("Peta Rencana SPBE", [article]))) == set(ELEMENTS)


def test_a_lampiran_holding_the_architecture_counts_for_the_short_perwali():
    annex = "\n".join(
        [
            "LAMPIRAN PERATURAN WALI KOTA PEMATANGSIANTAR",
            "NOMOR 12 TAHUN 2023",
            "TENTANG ARSITEKTUR SPBE",
            "BAB I",
            "REFERENSI ARSITEKTUR",
            "Referensi Arsitektur menjadi acuan seluruh domain.",
            *(
                f"BAB {roman}\nDOMAIN {d.upper()}\nArsitektur Domain {d} disusun oleh Dinas."
                for roman, d in zip(["II", "III", "IV", "V", "VI", "VII"], DOMAINS, strict=True)
            ),
        ]
    )
    pages = regulation("Arsitektur SPBE", ["Arsitektur SPBE tercantum dalam Lampiran."])
    assert len(arsitektur_missing(pages)) == 7
    assert arsitektur_missing([*pages, annex]) == set()
