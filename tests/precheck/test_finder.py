"""Finding an indicator's elements where a provision regulates them, not where it lists them."""

from __future__ import annotations

from spbe.precheck.finder import ElementFinder
from spbe.precheck.rules import IndicatorRules
from spbe.precheck.structure import Part, parse_structure
from tests.precheck.texts import regulation

ELEMENTS = [
    {"name": "Subject", "where": "subject", "wordings": ["tata kelola spbe"]},
    {"name": "Tim", "wordings": ["tim koordinasi spbe"]},
    {"name": "Evaluasi", "where": "operative", "wordings": ["evaluasi (berkala|tahunan)"]},
    {"name": "Keamanan", "wordings": ["keamanan spbe"]},
    {"name": "Layanan", "wordings": ["layanan spbe"]},
    {"name": "Aplikasi", "wordings": ["aplikasi spbe"]},
    {"name": "Salah satu", "any_of": ["Keamanan", "Layanan"]},
]


def rules(*, threshold: int = 3) -> IndicatorRules:
    return IndicatorRules.model_validate(
        {
            "indicator": 1,
            "name": "Tata Kelola SPBE",
            "listing_threshold": threshold,
            "levels": [
                {
                    "level": 1,
                    "criterion": "Kebijakan internal tata kelola SPBE belum ada.",
                    "document_kinds": ["perwali"],
                    "elements": ELEMENTS,
                }
            ],
        }
    )


def finder(
    articles: list[str], *, title: str = "Tata Kelola SPBE", threshold: int = 3, **options
) -> ElementFinder:
    return ElementFinder(
        parse_structure(regulation(title, articles, **options)), rules(threshold=threshold)
    )


def quote(found: ElementFinder, name: str) -> str | None:
    hit = found.find(found.rule.element(name))
    return None if hit is None else found.structure.text[hit.start : hit.end]


def test_an_element_named_in_an_articles_opening_clause_is_found():
    found = finder(["Tim Koordinasi SPBE dibentuk oleh Wali Kota."])
    hit = found.find(found.rule.element("Tim"))
    assert hit is not None
    assert hit.segment.part is Part.ARTICLE
    assert quote(found, "Tim") == "Tim Koordinasi SPBE"


def test_the_wording_is_found_across_a_line_break():
    assert (
        quote(finder(["Tim Koordinasi\nSPBE dibentuk oleh Wali Kota."]), "Tim")
        == "Tim Koordinasi\nSPBE"
    )


def test_an_element_named_only_after_the_opening_clause_of_a_lead_rule_is_not_found():
    found = finder(["Wali Kota membentuk tim; tim tersebut disebut Tim Koordinasi SPBE."])
    assert quote(found, "Tim") is None


def test_an_operative_element_may_be_anywhere_in_the_article():
    found = finder(["Wali Kota menetapkan pedoman; pedoman itu memuat evaluasi berkala."])
    assert quote(found, "Evaluasi") == "evaluasi berkala"


def test_a_subject_is_found_in_the_title():
    found = finder(["Isi tidak menyebutnya."])
    hit = found.find(found.rule.element("Subject"))
    assert hit is not None and hit.segment.part is Part.TITLE


def test_a_subject_is_not_found_in_an_article():
    assert (
        quote(finder(["Tata Kelola SPBE dilaksanakan terpadu."], title="Pedoman Umum"), "Subject")
        is None
    )


def test_an_element_only_in_the_definitions_is_not_found():
    found = finder(
        ["Ketentuan lain."],
        definitions=("Tim Koordinasi SPBE adalah tim yang dibentuk Wali Kota.",),
    )
    assert quote(found, "Tim") is None


def test_an_element_only_in_the_preamble_is_not_found():
    found = finder(["Ketentuan lain."], preamble="bahwa Keamanan SPBE perlu diatur")
    assert quote(found, "Keamanan") is None


def test_an_article_listing_many_elements_regulates_none_of_them():
    found = finder(["Keamanan SPBE, Layanan SPBE dan Aplikasi SPBE menjadi acuan."])
    assert [quote(found, name) for name in ("Keamanan", "Layanan", "Aplikasi")] == [
        None,
        None,
        None,
    ]


def test_a_higher_threshold_lets_the_same_article_count():
    found = finder(["Keamanan SPBE, Layanan SPBE dan Aplikasi SPBE menjadi acuan."], threshold=4)
    assert quote(found, "Keamanan") == "Keamanan SPBE"


def test_an_enumeration_under_a_clause_naming_no_element_is_a_list():
    article = "Ruang lingkup meliputi:\na. Keamanan SPBE;\nb. Layanan SPBE; dan\nc. Aplikasi SPBE."
    assert quote(finder([article]), "Keamanan") is None


def test_an_enumeration_under_a_clause_naming_its_topic_regulates_that_topic():
    article = "Keamanan SPBE memuat:\na. Layanan SPBE;\nb. Aplikasi SPBE; dan\nc. sandi."
    found = finder([article])
    assert quote(found, "Keamanan") == "Keamanan SPBE"


def test_an_any_of_element_is_found_where_the_first_of_its_alternatives_is():
    found = finder(["Layanan SPBE diselenggarakan terpadu.", "Keamanan SPBE dijamin."])
    hit = found.find(found.rule.element("Salah satu"))
    assert hit is not None
    assert found.structure.text[hit.start : hit.end] == "Layanan SPBE"


def test_an_any_of_element_is_missing_when_all_its_alternatives_are():
    found = finder(["Tim Koordinasi SPBE dibentuk."])
    assert found.find(found.rule.element("Salah satu")) is None


def test_a_search_is_remembered():
    found = finder(["Tim Koordinasi SPBE dibentuk oleh Wali Kota."])
    element = found.rule.element("Tim")
    assert found.find(element) is found.find(element)
    assert "Tim" in found.cache


def test_the_provisions_are_operative_parts_only():
    found = finder(["Tim Koordinasi SPBE dibentuk."])
    assert found.provisions
    assert {segment.part for segment in found.provisions} <= {Part.HEADING, Part.ARTICLE, Part.TEXT}


def test_nothing_is_found_in_an_empty_document():
    found = ElementFinder(parse_structure([""]), rules())
    assert all(found.find(found.rule.element(e["name"])) is None for e in ELEMENTS)
