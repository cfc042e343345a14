"""Each SPBE 2020 rule (indicators 1–10) on a small document that regulates its elements."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from spbe.precheck import check_document, indicator_rules
from spbe.precheck.rules import IndicatorRules
from tests.precheck.texts import decree, regulation

REVIEW = (
    "Wali Kota melakukan reviu dan evaluasi terhadap kebijakan ini secara berkala paling "
    "sedikit 1 (satu) kali dalam 1 (satu) tahun."
)
ALL_UNITS_USE = "Ketentuan mengenai {noun} ini berlaku bagi seluruh Perangkat Daerah."

# indicator → (title, {element: the article that regulates it})
CASES: dict[int, tuple[str, dict[str, str]]] = {
    1: (
        "Arsitektur Sistem Pemerintahan Berbasis Elektronik",
        {
            "Referensi Arsitektur": "Referensi Arsitektur menjadi acuan setiap domain.",
            "Proses Bisnis": "Arsitektur Domain Proses Bisnis memetakan proses bisnis.",
            "Data dan Informasi": "(1) Arsitektur Domain Data dan Informasi disusun Dinas.",
            "Infrastruktur SPBE": "Arsitektur Infrastruktur SPBE memuat pusat data.",
            "Aplikasi SPBE": "Arsitektur Domain Aplikasi SPBE memuat aplikasi umum.",
            "Keamanan SPBE": "Arsitektur Domain Keamanan SPBE memuat standar keamanan.",
            "Layanan SPBE": "Domain Arsitektur Layanan SPBE memuat layanan publik.",
            "Integrasi SPBE antarinstansi": "Arsitektur menjadi acuan integrasi antar instansi.",
            "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
        },
    ),
    2: (
        "Peta Rencana SPBE Tahun 2024-2028",
        {
            "Tata Kelola SPBE": "Program Tata Kelola SPBE meliputi penguatan kelembagaan.",
            "Manajemen SPBE": "Program Manajemen SPBE meliputi manajemen risiko.",
            "Layanan SPBE": "Program Layanan SPBE meliputi digitalisasi layanan.",
            "Infrastruktur SPBE": "Program Infrastruktur SPBE meliputi jaringan intra.",
            "Aplikasi SPBE": "Program Aplikasi SPBE meliputi integrasi aplikasi.",
            "Keamanan SPBE": "Program Keamanan SPBE meliputi penilaian kerentanan.",
            "Audit TIK": "Program Audit TIK meliputi audit berkala oleh auditor.",
            "Keselarasan dengan Peta Rencana SPBE Nasional": (
                "Peta Rencana ini selaras dengan Peta Rencana SPBE Nasional."
            ),
            "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
        },
    ),
    3: (
        "Satu Data dan Manajemen Data",
        {
            "Arsitektur Data": "Arsitektur data disusun oleh Walidata.",
            "Data Induk": "Data induk ditetapkan oleh Walidata.",
            "Data Referensi": "Data referensi digunakan bersama.",
            "Basis Data": "Basis data disimpan di pusat data.",
            "Kualitas Data": "Kualitas data dijamin melalui pemeriksaan.",
            "Interoperabilitas Data": "Interoperabilitas data dilaksanakan melalui API.",
        },
    ),
    4: (
        "Pembangunan Aplikasi SPBE",
        {
            "Siklus pembangunan aplikasi": "Pembangunan mengikuti siklus pembangunan aplikasi.",
            "Konsultasi dengan unit pengelola TIK": (
                "Perangkat Daerah wajib berkonsultasi dengan Dinas Komunikasi dan Informatika."
            ),
            "Keterpaduan dan pengendalian oleh unit pengelola TIK": (
                "Dinas melaksanakan pengendalian pembangunan aplikasi."
            ),
            "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
        },
    ),
    5: (
        "Layanan Pusat Data",
        {
            "Penggunaan Layanan Pusat Data": "Dinas Kesehatan menggunakan layanan pusat data.",
            "Berlaku bagi seluruh perangkat daerah/unit kerja": ALL_UNITS_USE.format(
                noun="pusat data"
            ),
            "Interkoneksi dengan Pusat Data Nasional": "Interkoneksi ke Pusat Data Nasional.",
            "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
        },
    ),
    6: (
        "Jaringan Intra Pemerintah Daerah",
        {
            "Penggunaan Jaringan Intra": "Kantor camat menggunakan jaringan intra.",
            "Berlaku bagi seluruh perangkat daerah/unit kerja": ALL_UNITS_USE.format(
                noun="jaringan intra"
            ),
            "Interkoneksi dengan Jaringan Intra Pemerintah": (
                "Interkoneksi ke Jaringan Intra Pemerintah dikoordinasikan oleh Dinas."
            ),
            "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
        },
    ),
    7: (
        "Sistem Penghubung Layanan",
        {
            "Penggunaan Sistem Penghubung Layanan": (
                "Dinas Kependudukan menggunakan sistem penghubung layanan."
            ),
            "Berlaku bagi seluruh perangkat daerah/unit kerja": ALL_UNITS_USE.format(
                noun="sistem penghubung layanan"
            ),
            "Keterhubungan dengan Sistem Penghubung Layanan Pemerintah": (
                "Interkoneksi ke Sistem Penghubung Layanan Pemerintah dikoordinasikan Dinas."
            ),
            "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
        },
    ),
    8: (
        "Manajemen Keamanan Informasi",
        {
            "Penetapan ruang lingkup": "Ruang lingkup keamanan informasi mencakup data.",
            "Penetapan penanggung jawab": "Penanggung jawab keamanan adalah Kepala Dinas.",
            "Perencanaan": "Perencanaan keamanan informasi memuat sasaran.",
            "Dukungan pengoperasian": "Dukungan pengoperasian meliputi anggaran.",
            "Evaluasi kinerja": "Evaluasi kinerja dilakukan melalui audit internal.",
            "Perbaikan berkelanjutan": "Perbaikan berkelanjutan berdasarkan temuan audit.",
            "Penerapan di seluruh perangkat daerah/unit kerja": (
                "Seluruh Perangkat Daerah wajib menerapkan manajemen keamanan informasi."
            ),
            "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
        },
    ),
    9: (
        "Audit Teknologi Informasi dan Komunikasi",
        {
            "Audit Infrastruktur SPBE": "Audit infrastruktur dilaksanakan setiap tahun.",
            "Audit Aplikasi SPBE": "Audit aplikasi dilaksanakan terhadap aplikasi khusus.",
            "Audit Keamanan SPBE": "Audit keamanan dilaksanakan oleh auditor terakreditasi.",
            "Reviu dan evaluasi kebijakan secara berkala": REVIEW,
        },
    ),
    10: (
        "Pembentukan Tim Koordinasi SPBE",
        {
            "Tugas Tim Koordinasi SPBE": "Tim Koordinasi SPBE mempunyai tugas mengarahkan SPBE.",
            "Penerapan SPBE di seluruh perangkat daerah/unit kerja": (
                "Tim memastikan penerapan SPBE pada seluruh Perangkat Daerah."
            ),
            "Koordinasi SPBE antarinstansi": "Tim melaksanakan koordinasi dengan Instansi Pusat.",
            "Reviu dan evaluasi kebijakan secara berkala": (
                "Tim melaksanakan reviu dan evaluasi kebijakan SPBE secara berkala."
            ),
        },
    ),
}


def document(indicator: int, elements: dict[str, str], *, draft: bool = False) -> list[str]:
    title, _all = CASES[indicator]
    build: Callable[..., list[str]] = decree if indicator == 10 else regulation
    return build(title, list(elements.values()), draft=draft)


def rules(indicator: int) -> IndicatorRules:
    found = indicator_rules("spbe-2020", indicator)
    assert found is not None
    return found


def stating(indicator: int, element: str, text: str):
    """The check of the complete document of ``indicator`` whose ``element`` reads ``text``."""
    _title, elements = CASES[indicator]
    pages = document(indicator, {**elements, element: text})
    return check_document(pages, rules(indicator), agency=None)


def level_of(rule: IndicatorRules, element: str) -> int:
    return next(lvl.level for lvl in rule.levels for e in lvl.elements if e.name == element)


@pytest.mark.parametrize("indicator", sorted(CASES))
def test_a_document_regulating_every_element_supports_level_4(indicator):
    _title, elements = CASES[indicator]
    result = check_document(document(indicator, elements), rules(indicator), agency=None)
    assert result.supported_level == 4
    assert result.missing == ()
    assert all(row.found and row.page and row.quote for row in result.criteria)


@pytest.mark.parametrize(
    ("indicator", "element"),
    [(indicator, element) for indicator, (_t, elements) in CASES.items() for element in elements],
)
def test_without_one_element_it_stops_below_that_elements_level_and_names_it(indicator, element):
    _title, elements = CASES[indicator]
    rest = {name: text for name, text in elements.items() if name != element}
    rule = rules(indicator)
    result = check_document(document(indicator, rest), rule, agency=None)
    assert result.supported_level == level_of(rule, element) - 1
    assert element in result.missing


@pytest.mark.parametrize("indicator", sorted(CASES))
def test_a_draft_of_the_complete_document_supports_level_1(indicator):
    _title, elements = CASES[indicator]
    result = check_document(
        document(indicator, elements, draft=True), rules(indicator), agency=None
    )
    assert result.supported_level == 1
    assert result.missing == (rules(indicator).enacted_element,)


@pytest.mark.parametrize("indicator", sorted(CASES))
def test_the_document_about_another_subject_supports_level_0(indicator):
    pages = regulation("Tarif Retribusi Parkir", ["Tarif parkir sepeda motor Rp2.000,00."])
    result = check_document(pages, rules(indicator), agency=None)
    assert result.supported_level == 0
    assert "unrelated" in [flag.code for flag in result.flags]


def test_level_5_is_never_awarded_and_needs_a_person():
    _title, elements = CASES[1]
    pages = document(1, elements)
    pages[1] = pages[1].replace(
        REVIEW,
        REVIEW + "\nPasal 99\nPeraturan Wali Kota Nomor 3 Tahun 2019 dicabut dan "
        "dinyatakan tidak berlaku.",
    )
    result = check_document(pages, rules(1), agency=None, claimed_level=5)
    assert result.supported_level == 4
    hint = [row for row in result.criteria if row.level == 5]
    assert [row.found for row in hint] == [True]
    assert [flag.code for flag in result.flags] == ["needs_person"]


@pytest.mark.parametrize(
    "units",
    ["Satuan Kerja Perangkat Daerah", "SKPD", "Satuan Kerja Perangkat Aceh", "SKPA", "OPD"],
)
def test_every_unit_is_named_as_the_region_names_its_units(units):
    """Aceh calls its units Satuan Kerja Perangkat Aceh (SKPA), older texts SKPD: a rule
    that knew only "Perangkat Daerah", "Unit Kerja" and "OPD" missed "applies to all units"."""
    result = stating(
        5,
        "Berlaku bagi seluruh perangkat daerah/unit kerja",
        f"Setiap {units} wajib menempatkan aplikasinya pada pusat data.",
    )
    assert result.supported_level == 4, result.missing


@pytest.mark.parametrize(
    "period",
    [
        "tiap tahun",
        "setiap 2 (dua) tahun",
        "setiap 6 (enam) bulan",
        "tiap semester",
        "setiap enam bulan",
    ],
)
def test_a_periodic_review_counts_in_every_period_the_criterion_allows(period):
    """ "Direviu dan dievaluasi secara periodik": a review every half year is periodic as much
    as a yearly one, and "tiap" is "setiap"."""
    result = stating(
        1,
        "Reviu dan evaluasi kebijakan secara berkala",
        f"Pelaksanaan Peraturan Wali Kota ini dievaluasi {period} oleh Tim Koordinasi SPBE.",
    )
    assert result.supported_level == 4, result.missing
