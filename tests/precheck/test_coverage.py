"""Issue 12 § 3: every SPBE 2020 indicator and every Pemdi evidence item whose evidence is a
document has a rule; "documentary" is read from the framework library's own words
(``spbe.precheck.coverage``), so a new indicator or item without a rule fails here."""

from __future__ import annotations

import pytest

from spbe.library.files import LIBRARY_DIR, read_library_file
from spbe.precheck import CheckStatus, precheck_pages, result_as_json
from spbe.precheck.coverage import (
    documentary_indicators,
    documentary_items,
    evidence_names_a_document,
    item_names_a_document,
)
from spbe.precheck.rules import load_rules
from tests.precheck.texts import regulation


def library(framework: str):
    return read_library_file(LIBRARY_DIR / f"{framework}.json").document


def spbe_documentary() -> list[int]:
    return documentary_indicators(
        {i.number: i.evidence.per_level for i in library("spbe-2020").indicators}
    )


def pemdi_items() -> dict[str, str]:
    return {
        item.code: item.text
        for indicator in library("pemdi-2026").indicators
        for level in (indicator.items_by_level or {}).values()
        for item in level.items
    }


def test_every_spbe_indicator_whose_evidence_is_a_document_has_rules():
    rules = load_rules("spbe-2020")
    missing = [n for n in spbe_documentary() if rules.for_indicator(n) is None]
    assert missing == []


def test_the_spbe_indicators_asking_for_documents_are_the_policy_and_management_ones():
    # 32–47 ask for documentation of a running application: screenshots, a URL.
    assert spbe_documentary() == list(range(1, 32))


def test_every_pemdi_item_that_names_a_document_has_a_rule_with_what_it_asks_for():
    rules = load_rules("pemdi-2026")
    documentary = documentary_items(pemdi_items().items())
    assert len(documentary) >= 70
    missing = [code for code in documentary if rules.for_item(code) is None]
    assert missing == []
    for code in documentary:
        asks = rules.for_item(code).asks_for
        assert asks.kinds and asks.subject_wordings and asks.label, code


def test_every_item_rule_quotes_an_item_of_the_library_verbatim():
    items = pemdi_items()
    for rule in load_rules("pemdi-2026").items:
        assert rule.text == items.get(rule.code), rule.code


@pytest.mark.parametrize(
    ("text", "documentary"),
    [
        ("Dokumentasi yang menggambarkan fungsi sistem aplikasi, screenshot layanan.", False),
        ("Terdapat notulensi/catatan/laporan hasil penyusunan rancangan.", True),
        ("Dokumen RKA/KL atau DPA-SKPD yang memuat anggaran SPBE.", True),
        (None, False),
    ],
)
def test_an_indicator_is_documentary_when_its_first_level_evidence_names_a_document(
    text, documentary
):
    assert evidence_names_a_document(text) is documentary


@pytest.mark.parametrize(
    ("text", "documentary"),
    [
        ("Penetapan TTIS.", True),
        ("Dokumen penunjukkan Pejabat/Petugas PDP (DPO) (SK penunjukan, surat tugas).", True),
        ("Bukti Pelaksanaan Kolaborasi: MoU/ PKS, undangan.", True),
        ("Screenshot Pemakaian Jaringan Intra.", False),
        ("Indeks Satu Data Indonesia (SDI).", False),
        ("Data transaksi layanan digital dalam 1 tahun.", False),
        ("Risk register dan task list.", False),  # "sk" inside a word is no SK
    ],
)
def test_an_item_is_documentary_when_its_text_names_a_document(text, documentary):
    assert item_names_a_document(text) is documentary


SCREENSHOT = [
    "PEMERINTAH KOTA PEMATANGSIANTAR\nhttps://sakip.pematangsiantar.go.id\n"
    "Beranda  Masuk  Dasbor\nLaporan Kinerja 2025  Unduh\n12 Maret 2026"
]


def test_a_screenshot_for_an_application_indicator_is_described_without_a_level():
    result = precheck_pages(
        SCREENSHOT, framework="spbe-2020", indicator=40, agency="Kabupaten Simalungun"
    )
    data = result_as_json(result)
    assert data["status"] == "no_rules" and data["supported_level"] is None
    assert (data["document"]["kind"], data["document"]["year"]) == ("tangkapan_layar", 2026)
    assert data["document"]["belongs_to_agency"] is False
    assert [flag["code"] for flag in data["flags"]] == ["other_agency"]


SK_ASESOR = regulation(
    "Pembentukan Tim Asesor Internal SPBE di Lingkungan Pemerintah Kota Uji",
    ["Tim Asesor Internal bertugas menilai mandiri indeks SPBE."],
    head="WALI KOTA UJI",
    kind="KEPUTUSAN",
)


def test_an_sk_for_the_assessor_team_is_named_the_wrong_object_for_the_audit_teams_item():
    result = precheck_pages(SK_ASESOR, framework="pemdi-2026", indicator=9, item="I9-L1-01")
    assert result.status is CheckStatus.ITEM and result.supported_level is None
    mismatch = next(flag for flag in result.flags if flag.code == "mismatch")
    assert mismatch.detail["asked"] == "SK Tim Audit"
    assert mismatch.detail["subject_matches"] is False
    assert result.missing == ("Tim Audit",)


RKA = [
    "RENCANA KERJA DAN ANGGARAN\nSATUAN KERJA PERANGKAT DAERAH\nPEMERINTAH KOTA UJI TAHUN 2026\n"
    "Program Penunjang Urusan Pemerintahan\tKegiatan Penyediaan Jasa Kebersihan Kantor\t"
    "Rp 120.000.000"
]


def test_an_rka_without_a_digital_government_activity_is_flagged_for_its_item():
    result = precheck_pages(RKA, framework="pemdi-2026", indicator=1, item="I1-L2-04")
    codes = [flag.code for flag in result.flags]
    assert "line_item_missing" in codes and "mismatch" not in codes


def test_an_item_without_a_rule_falls_back_to_the_indicators_rules():
    result = precheck_pages(SK_ASESOR, framework="pemdi-2026", indicator=9, item="I9-L9-99")
    assert result.status is CheckStatus.CHECKED and result.item is None


MOU = [
    "NOTA KESEPAHAMAN\nANTARA\nPEMERINTAH KOTA UJI\nDAN\nUNIVERSITAS NEGERI UJI\n"
    "TENTANG\nKERJA SAMA PENERAPAN PEMERINTAH DIGITAL\nNOMOR 100/12/2026\n"
    "Para pihak sepakat melaksanakan kolaborasi penerapan Pemerintah Digital."
]


def test_an_mou_is_an_agreement_and_what_a_collaboration_item_asks_for():
    result = precheck_pages(MOU, framework="pemdi-2026", indicator=4, item="I4-L2-02")
    assert result.document.kind.value == "perjanjian"
    assert [flag.code for flag in result.flags if flag.code == "mismatch"] == []


def test_an_mou_on_collaboration_supports_level_1_of_the_spbe_collaboration_indicator():
    result = precheck_pages(MOU, framework="spbe-2020", indicator=20, agency="Kota Uji")
    assert result.supported_level == 1
    assert "kind_not_accepted" not in [flag.code for flag in result.flags]


SK_TIM_PEMDI = regulation(
    "Pembentukan Tim Koordinasi Pemerintah Digital",
    ["Tim Koordinasi Pemerintah Digital bertugas menyusun rencana kolaborasi."],
    head="WALI KOTA UJI",
    kind="KEPUTUSAN",
)
COLLABORATION_PLAN = [
    "PEMERINTAH KOTA UJI\nRENCANA KOLABORASI PEMERINTAH DIGITAL 2026\n"
    "Rencana kolaborasi antar perangkat daerah\nDinas Kominfo dan Dinas Kesehatan membangun "
    "bersama layanan rujukan digital.\nRencana kolaborasi antar instansi pemerintah\nKota Uji "
    "berbagi data kependudukan dengan Pemerintah Provinsi Uji."
]


@pytest.mark.parametrize("item", ["I4-L1-02", "I4-L2-01", "I4-L3-01"])
def test_the_collaboration_plan_items_ask_for_a_plan_and_call_the_teams_decree_the_wrong_object(
    item,
):
    """Regression: the items on the collaboration plan had no rule, so a plan was checked
    against the indicator's rule (the decree forming the team) and called unrelated."""
    plan = precheck_pages(COLLABORATION_PLAN, framework="pemdi-2026", indicator=4, item=item)
    assert plan.status is CheckStatus.ITEM
    assert [flag.code for flag in plan.flags if flag.code == "mismatch"] == []
    assert plan.missing == ()
    decree = precheck_pages(SK_TIM_PEMDI, framework="pemdi-2026", indicator=4, item=item)
    assert "mismatch" in [flag.code for flag in decree.flags]


def test_nothing_an_unrelated_decree_says_counts_for_the_indicators_elements():
    """Regression: "Tim Asesor Internal bertugas …" was reported as the Tim Koordinasi's
    task in an SK of the assessor team checked for indicator 10."""
    result = precheck_pages(SK_ASESOR, framework="spbe-2020", indicator=10, agency="Kota Uji")
    assert result.supported_level == 0
    assert "unrelated" in [flag.code for flag in result.flags]
    enacted = load_rules("spbe-2020").enacted_element
    counted = [row for row in result.criteria if row.found and row.level > 1]
    assert [row.element for row in counted] == [enacted]
    assert "Tugas Tim Koordinasi SPBE" in result.missing
