"""The pre-check on the issue's examples and on the traps real regulations set."""

from __future__ import annotations

import json

from spbe.precheck import check_document, describe_without_rules, indicator_rules
from spbe.precheck.check import result_as_json
from spbe.precheck.rules import IndicatorRules
from tests.precheck.texts import regulation

DOMAINS = "proses bisnis, data dan informasi, infrastruktur SPBE, aplikasi SPBE, keamanan SPBE"
DEFINITIONS = (
    f"Arsitektur SPBE adalah kerangka dasar yang mendeskripsikan integrasi {DOMAINS} untuk "
    "menghasilkan layanan SPBE yang terintegrasi.",
    "Arsitektur Domain Keamanan SPBE adalah arsitektur yang mendeskripsikan standar keamanan.",
    "Arsitektur Domain Layanan SPBE adalah arsitektur yang mendeskripsikan layanan publik.",
)
FOUR_DOMAINS = [
    "(1) Referensi Arsitektur menjadi acuan penyusunan domain arsitektur.",
    "(1) Arsitektur Domain Proses Bisnis mendeskripsikan hubungan antarproses bisnis.\n"
    "(2) Setiap Perangkat Daerah memetakan proses bisnisnya.",
    "(1) Arsitektur Domain Data dan Informasi mendeskripsikan jenis dan klasifikasi data.",
    "(1) Arsitektur Domain Infrastruktur SPBE mendeskripsikan pusat data dan jaringan intra.\n"
    "(2) Penyediaan infrastruktur memperhatikan keamanan SPBE dan layanan SPBE.",
    "(1) Arsitektur Domain Aplikasi SPBE mendeskripsikan aplikasi umum dan khusus.",
]
PERWALI_FOUR_DOMAINS = regulation(
    "Arsitektur Sistem Pemerintahan Berbasis Elektronik",
    FOUR_DOMAINS,
    definitions=DEFINITIONS,
    preamble=f"bahwa untuk keterpaduan {DOMAINS} dan layanan SPBE perlu Arsitektur SPBE",
)


def arsitektur() -> IndicatorRules:
    rules = indicator_rules("spbe-2020", 1)
    assert rules is not None
    return rules


def test_a_perwali_regulating_four_domains_supports_level_2_and_names_keamanan_and_layanan():
    result = check_document(
        PERWALI_FOUR_DOMAINS, arsitektur(), agency="Kota Pematangsiantar", claimed_level=3
    )
    assert result.supported_level == 2
    assert result.missing == ("Keamanan SPBE", "Layanan SPBE")
    found = {row.element: row for row in result.criteria if row.found}
    assert found["Proses Bisnis"].page == 2
    assert found["Proses Bisnis"].quote.startswith("(1) Arsitektur Domain Proses Bisnis")
    assert result.flags == ()


def test_the_definitions_article_naming_every_domain_regulates_none_of_them():
    pages = regulation(
        "Arsitektur SPBE", ["Arsitektur SPBE disusun 5 tahunan."], definitions=DEFINITIONS
    )
    result = check_document(pages, arsitektur(), agency=None, claimed_level=3)
    assert result.supported_level == 2
    assert result.missing == (
        "Referensi Arsitektur",
        "Proses Bisnis",
        "Data dan Informasi",
        "Infrastruktur SPBE",
        "Aplikasi SPBE",
        "Keamanan SPBE",
        "Layanan SPBE",
    )


def test_an_article_listing_every_domain_in_scope_or_purpose_regulates_none_of_them():
    listing = [
        "Ruang lingkup Peraturan Wali Kota ini meliputi:\na. arsitektur domain proses bisnis;\n"
        "b. arsitektur domain keamanan SPBE;\nc. arsitektur domain layanan SPBE.",
        "Peraturan ini menjadi pedoman arsitektur proses bisnis, arsitektur keamanan dan "
        "arsitektur layanan.",
    ]
    result = check_document(regulation("Arsitektur SPBE", listing), arsitektur(), agency=None)
    assert {"Proses Bisnis", "Keamanan SPBE", "Layanan SPBE"} <= set(result.missing)


def test_an_enumeration_under_a_clause_naming_its_topic_regulates_that_topic():
    article = (
        "(1) Arsitektur Domain Keamanan SPBE memuat:\na. keamanan aplikasi SPBE;\n"
        "b. keamanan infrastruktur SPBE;\nc. keamanan data dan informasi."
    )
    result = check_document(regulation("Arsitektur SPBE", [article]), arsitektur(), agency=None)
    assert "Keamanan SPBE" not in result.missing


def test_a_domain_mentioned_in_passing_after_the_opening_clause_does_not_count():
    result = check_document(PERWALI_FOUR_DOMAINS, arsitektur(), agency=None)
    assert "Keamanan SPBE" in result.missing


def test_a_document_unrelated_to_the_indicator_supports_level_0():
    pages = regulation(
        "Tarif Retribusi Pelayanan Parkir di Tepi Jalan Umum",
        ["Tarif parkir mobil Rp5.000,00.", "Pembayaran melalui aplikasi parkir elektronik."],
    )
    result = check_document(pages, arsitektur(), agency="Kota Pematangsiantar")
    assert result.supported_level == 0
    assert [flag.code for flag in result.flags] == ["unrelated", "mismatch"]
    assert result.flags[1].detail["document_subject"] == (
        "Tarif Retribusi Pelayanan Parkir di Tepi Jalan Umum"
    )
    assert not any(row.found for row in result.criteria if row.level != 2)


def test_a_draft_supports_level_1_even_when_it_regulates_everything():
    pages = regulation("Arsitektur SPBE", FOUR_DOMAINS, draft=True)
    result = check_document(pages, arsitektur(), agency=None)
    assert result.supported_level == 1
    assert result.document.enacted is False
    assert "draft" in [flag.code for flag in result.flags]
    assert result.missing[0] == arsitektur().enacted_element


def test_another_agencys_regulation_supports_level_0_for_this_agency():
    result = check_document(PERWALI_FOUR_DOMAINS, arsitektur(), agency="Kabupaten Simalungun")
    assert result.supported_level == 0
    [flag] = result.flags
    assert flag.code == "other_agency"
    assert flag.detail == {
        "document_agency": "Kota Pematangsiantar",
        "agency": "Kabupaten Simalungun",
    }


def test_a_document_whose_agency_cannot_be_read_is_flagged_not_lowered():
    pages = [page.replace("PEMATANGSIANTAR", "") for page in PERWALI_FOUR_DOMAINS]
    result = check_document(pages, arsitektur(), agency="Kota Pematangsiantar")
    assert result.supported_level == 2
    assert "agency_not_found" in [flag.code for flag in result.flags]


def test_a_circular_counts_for_level_1_only():
    pages = regulation("Arsitektur SPBE", FOUR_DOMAINS, kind="SURAT EDARAN")
    result = check_document(pages, arsitektur(), agency=None)
    assert result.document.kind.value == "surat_edaran"
    assert result.supported_level == 1
    assert {"code": "kind_not_accepted", "level": 2, "kind": "surat_edaran"} in [
        {"code": flag.code, **flag.detail} for flag in result.flags
    ]


def test_the_json_has_the_shape_the_cli_promises():
    result = check_document(PERWALI_FOUR_DOMAINS, arsitektur(), agency=None, ocr=True)
    data = json.loads(json.dumps(result_as_json(result)))
    assert {"document", "indicator", "supported_level", "criteria", "missing", "ocr"} <= set(data)
    document = data["document"]
    assert [document[key] for key in ("kind", "number", "year", "enacted", "agency")] == [
        "perwali",
        "12",
        2023,
        True,
        "Kota Pematangsiantar",
    ]
    assert set(data["criteria"][0]) == {"level", "element", "found", "page", "quote"}
    assert all(len(row["quote"] or "") <= 200 for row in data["criteria"])
    assert data["ocr"] is True


def test_without_rules_the_document_is_described_and_no_level_is_given():
    result = describe_without_rules(
        PERWALI_FOUR_DOMAINS, framework="spbe-2020", indicator=20, agency=None
    )
    data = result_as_json(result)
    assert data["status"] == "no_rules"
    assert data["supported_level"] is None
    assert data["criteria"] == [] and data["document"]["kind"] == "perwali"
