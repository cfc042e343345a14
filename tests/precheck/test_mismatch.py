"""The "wrong object" (``spbe.precheck.mismatch``): a document of another subject or kind
than the item asks for is named beside what was asked for."""

from __future__ import annotations

import pytest

from spbe.precheck import check_document, indicator_rules
from spbe.precheck.document import describe_structure
from spbe.precheck.mismatch import document_subject, mismatch_flags
from spbe.precheck.rules import AsksFor, IndicatorRules
from spbe.precheck.structure import parse_structure
from tests.precheck.test_pemdi_rules import TIM_AUDIT
from tests.precheck.texts import decree, regulation

RKA = [
    "PEMERINTAH KOTA PEMATANGSIANTAR\nRENCANA KERJA DAN ANGGARAN\n"
    "SATUAN KERJA PERANGKAT DAERAH\nTAHUN ANGGARAN 2026\n"
    "Urusan: Komunikasi dan Informatika\n"
    "Kegiatan: Pengelolaan Nama Domain  Rp 120.000.000\n"
    "Kegiatan: Penyelenggaraan Sistem Jaringan Intra  Rp 450.000.000"
]


def rules(framework: str, indicator: int) -> IndicatorRules:
    found = indicator_rules(framework, indicator)
    assert found is not None
    return found


def codes(result) -> list[str]:
    return [flag.code for flag in result.flags]


def test_an_assessor_team_decree_given_for_the_audit_team_is_named_as_such():
    pages = decree("Pembentukan Tim Asesor Internal SPBE di Lingkungan Pemerintah Kota", TIM_AUDIT)
    result = check_document(pages, rules("pemdi-2026", 9), agency=None)
    mismatch = next(flag for flag in result.flags if flag.code == "mismatch")
    assert mismatch.detail["document_subject"] == "Tim Asesor Internal SPBE"
    assert mismatch.detail["asked"] == "SK Tim Audit"
    assert mismatch.detail["kind_matches"] is True
    assert mismatch.detail["subject_matches"] is False


def test_the_audit_team_decree_asked_for_raises_no_mismatch():
    pages = decree("Pembentukan Tim Audit Keamanan Pemerintah Digital", TIM_AUDIT)
    assert "mismatch" not in codes(check_document(pages, rules("pemdi-2026", 9), agency=None))


def test_a_regulation_given_where_a_decree_is_asked_for_is_a_mismatch_of_kind():
    structure = parse_structure(regulation("Tim Audit TIK", ["Tim Audit TIK bertugas."]))
    flags = mismatch_flags(structure, describe_structure(structure), _decree_asked())
    assert [(flag.code, flag.detail["kind_matches"]) for flag in flags] == [("mismatch", False)]
    assert flags[0].detail["document_kind"] == "perwali"


def test_an_rka_without_the_asked_for_line_item_says_so():
    asks = AsksFor(
        kinds=["rka", "dpa"],
        label="RKA kegiatan Audit TIK",
        subject="Audit TIK",
        subject_wordings=["rencana kerja dan anggaran"],
        line_item={"name": "Audit TIK", "wordings": ["audit (tik|teknologi informasi)"]},
    )
    structure = parse_structure(RKA)
    facts = describe_structure(structure)
    assert facts.kind.value == "rka"
    flags = mismatch_flags(structure, facts, asks)
    assert [flag.code for flag in flags] == ["line_item_missing"]
    assert flags[0].detail == {"kind": "rka", "line_item": "Audit TIK"}
    with_line = parse_structure([RKA[0] + "\nKegiatan: Audit Teknologi Informasi  Rp 80.000.000"])
    assert mismatch_flags(with_line, describe_structure(with_line), asks) == []


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        (
            "PEMBENTUKAN TIM ASESOR INTERNAL SPBE DI LINGKUNGAN PEMERINTAH KOTA X",
            "Tim Asesor Internal SPBE",
        ),
        ("Penetapan Tim Koordinasi SPBE Kota Pematangsiantar Tahun 2024", "Tim Koordinasi SPBE"),
        ("ARSITEKTUR SPBE", "Arsitektur SPBE"),
        ("", None),
    ],
)
def test_a_documents_subject_is_its_title_without_the_act_agency_or_year(title, subject):
    assert document_subject(title) == subject


@pytest.mark.parametrize(("framework", "indicator"), [("spbe-2020", n) for n in range(1, 11)])
def test_every_spbe_rule_says_what_it_asks_for_and_awaits_review(framework, indicator):
    rule = rules(framework, indicator)
    assert rule.asks_for is not None
    assert rule.asks_for.note == "draft — needs human review"


MINUTES = [
    "NOTULEN RAPAT\nPERLUASAN JARINGAN FIBER OPTIK PEMERINTAH DAERAH\n"
    "Hari/tanggal: Senin, 3 Maret 2025\nTempat: Ruang Rapat Dinas Komunikasi dan Informatika\n"
    "Hasil rapat:\n1. Dua belas OPD sudah tersambung ke jaringan fiber optik milik daerah."
]


def test_minutes_titled_by_their_project_are_put_to_a_person_not_called_another_object():
    asks = AsksFor(
        kinds=["notulen", "laporan"],
        label="Notulen Layanan Jaringan Intra",
        subject="Layanan Jaringan Intra",
        subject_wordings=["jaringan intra"],
    )
    structure = parse_structure(MINUTES)
    facts = describe_structure(structure)
    assert facts.kind.value == "notulen"
    assert [flag.code for flag in mismatch_flags(structure, facts, asks)] == ["subject_not_named"]


def test_minutes_where_a_decree_is_asked_for_are_still_another_object():
    structure = parse_structure(MINUTES)
    flags = mismatch_flags(structure, describe_structure(structure), _decree_asked())
    assert [(flag.code, flag.detail["kind_matches"]) for flag in flags] == [("mismatch", False)]


def _decree_asked() -> AsksFor:
    return AsksFor(
        kinds=["keputusan", "sk"],
        label="SK Tim Audit TIK",
        subject="Tim Audit TIK",
        subject_wordings=["tim audit"],
    )
