"""Each Pemdi 2026 rule on a small policy document: indicators 4, 8, 9 and 19."""

from __future__ import annotations

import pytest

from spbe.precheck import check_document, indicator_rules
from spbe.precheck.rules import IndicatorRules
from tests.precheck.texts import decree, regulation, sop

TIM_PEMDI = [
    "Membentuk Tim Koordinasi Pemerintah Digital dengan susunan dalam Lampiran.",
    "Tim menyusun rencana kolaborasi antar Perangkat Daerah dalam penerapan pemerintah digital.",
]
PDP = {
    "Prinsip dan tata kelola PDP": "Pemrosesan sesuai prinsip pelindungan data pribadi.",
    "Program kesadaran dan kompetensi PDP": "Dinas menyelenggarakan pelatihan pelindungan data pribadi.",
    "Pejabat atau Petugas Pelindungan Data Pribadi": "Wali Kota menunjuk Pejabat Pelindungan Data Pribadi.",
    "Pemenuhan hak Subjek Data": "Permohonan hak subjek data diselesaikan dalam 3 hari.",
    "Pemberitahuan pemrosesan Data Pribadi": "Layanan memuat pemberitahuan tentang pemrosesan data.",
    "Pengamanan Data Pribadi": "Pengamanan data pribadi melalui pengendalian hak akses.",
    "Pengelolaan risiko dan penilaian dampak": "Penilaian dampak pelindungan data pribadi dilakukan.",
}
TIM_AUDIT = [
    "Membentuk Tim Audit Keamanan Pemerintah Digital dan Teknologi Pemerintah Digital.",
    "Tim Audit menyusun perencanaan audit setiap tahun.",
    "Perencanaan memuat kategorisasi kritikalitas keamanan layanan digital.",
    "Tim Audit menilai kepatuhan terhadap kontrol keamanan yang dipersyaratkan.",
    "Tim Audit memetakan profil risiko setiap layanan digital.",
]
SOP = [
    "A. Rincian Tingkat Layanan",
    "Waktu respons paling lama 1 jam kerja dan waktu penyelesaian paling lama 1 hari kerja.",
    "B. Dukungan Pengguna",
    "Pengguna menghubungi help desk melalui telepon dan surel.",
    "C. Pemantauan",
    "Petugas melakukan pemantauan pemenuhan SLA melalui dasbor setiap bulan.",
]
SOP_TITLE = "Standar Operasional Prosedur Layanan Digital dan Service Level Agreement (SLA)"


def rules(indicator: int) -> IndicatorRules:
    found = indicator_rules("pemdi-2026", indicator)
    assert found is not None
    return found


def test_the_decree_forming_the_digital_government_team_supports_level_1():
    pages = decree("Pembentukan Tim Koordinasi Pemerintah Digital", TIM_PEMDI)
    result = check_document(pages, rules(4), agency="Kota Pematangsiantar")
    assert result.supported_level == 1
    assert result.missing == ()


def test_a_draft_team_decree_still_supports_level_1_as_the_criterion_is_in_preparation():
    pages = decree("Pembentukan Tim Koordinasi Pemerintah Digital", TIM_PEMDI, draft=True)
    assert check_document(pages, rules(4), agency=None).supported_level == 1


def test_the_team_decree_without_collaboration_between_units_supports_level_0():
    pages = decree("Pembentukan Tim Koordinasi Pemerintah Digital", TIM_PEMDI[:1])
    result = check_document(pages, rules(4), agency=None)
    assert result.supported_level == 0
    assert result.missing == ("Kolaborasi antar unit kerja/perangkat daerah",)


def test_an_enacted_data_protection_regulation_with_all_seven_parts_supports_level_2():
    pages = regulation("Tata Kelola Pelindungan Data Pribadi", list(PDP.values()))
    result = check_document(pages, rules(8), agency=None)
    assert result.supported_level == 2
    assert result.missing == ()


@pytest.mark.parametrize("element", sorted(PDP))
def test_a_data_protection_regulation_lacking_one_part_supports_level_1_and_names_it(element):
    rest = [text for name, text in PDP.items() if name != element]
    result = check_document(regulation("Pelindungan Data Pribadi", rest), rules(8), agency=None)
    assert result.supported_level == 1
    assert result.missing == (element,)


def test_the_audit_team_decree_with_its_audit_plan_supports_level_1():
    pages = decree("Pembentukan Tim Audit Keamanan Pemerintah Digital", TIM_AUDIT)
    result = check_document(pages, rules(9), agency=None)
    assert result.supported_level == 1
    assert result.missing == ()


def test_a_draft_audit_team_decree_supports_level_0_because_the_team_must_be_formed():
    pages = decree("Pembentukan Tim Audit Keamanan Pemerintah Digital", TIM_AUDIT, draft=True)
    result = check_document(pages, rules(9), agency=None)
    assert result.supported_level == 0
    assert result.missing == (rules(9).enacted_element,)


@pytest.mark.parametrize("dropped", range(1, 5))
def test_an_audit_plan_without_one_part_supports_level_0(dropped):
    pages = decree("Pembentukan Tim Audit", [t for n, t in enumerate(TIM_AUDIT) if n != dropped])
    result = check_document(pages, rules(9), agency=None)
    assert result.supported_level == 0
    assert len(result.missing) == 1


def test_an_sop_with_service_levels_support_and_monitoring_supports_level_1():
    result = check_document(sop(SOP_TITLE, SOP), rules(19), agency=None)
    assert result.document.kind.value == "sop"
    assert result.supported_level == 1
    assert result.missing == ()


def test_an_sop_without_monitoring_of_its_service_levels_supports_level_0():
    result = check_document(sop(SOP_TITLE, SOP[:4]), rules(19), agency=None)
    assert result.supported_level == 0
    assert result.missing == ("Pemantauan pemenuhan SLA",)


@pytest.mark.parametrize("indicator", [4, 8, 9, 19])
def test_levels_that_one_document_cannot_prove_are_left_to_a_person(indicator):
    rule = rules(indicator)
    result = check_document(sop(SOP_TITLE, SOP), rule, agency=None, claimed_level=5)
    assert result.supported_level <= rule.highest_automatic_level < 5
    assert "needs_person" in [flag.code for flag in result.flags]
    assert result.notes
