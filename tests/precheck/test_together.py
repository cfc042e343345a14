"""Elements found by concept groups held together in one sentence or list point
(``Element.together``), and the rules file's refusals of bad concept data."""

from __future__ import annotations

import copy
import functools
import json

import pytest
from pydantic import ValidationError

from spbe.precheck import check_document
from spbe.precheck.finder import ElementFinder
from spbe.precheck.rules import RULES_DIR, IndicatorRules, RulesFile
from spbe.precheck.sentences import holds_all, sentence_spans
from spbe.precheck.structure import parse_structure
from spbe.precheck.text import compile_wording
from tests.precheck.test_spbe_rules import rules as shipped

CONCEPTS = {
    "konsultasi": ["konsultasi", "dibahas (terlebih dahulu )?bersama", "telaah", "\\bparaf"],
    "pengelola_tik": ["diskominfo", "bidang aplikasi informatika", "pusdatin"],
}
NOT_DONE = ["\\bakan\\b", "\\bbelum\\b"]
CONSULTED = "Dikonsultasikan"


def rules() -> IndicatorRules:
    return IndicatorRules.model_validate(
        {
            "indicator": 15,
            "name": "Pembangunan Aplikasi SPBE",
            "concepts": CONCEPTS,
            "not_done": NOT_DONE,
            "levels": [
                {
                    "level": 1,
                    "criterion": "Proses pembangunan Aplikasi SPBE belum atau telah dilakukan.",
                    "document_kinds": ["laporan", "notulen"],
                    "elements": [
                        {
                            "name": CONSULTED,
                            "where": "operative",
                            "wordings": ["dikonsultasikan kepada diskominfo"],
                            "together": [["@konsultasi", "@pengelola_tik"]],
                        }
                    ],
                }
            ],
        }
    )


def report(title: str, *sentences: str) -> list[str]:
    """A one-page report of Kota Pematangsiantar stating ``sentences``."""
    lines = ["PEMERINTAH KOTA PEMATANGSIANTAR", title, *sentences, "Pematangsiantar, 4 Maret 2025"]
    return ["\n".join(lines)]


def found(*lines: str) -> str | None:
    text = "\n".join(["LAPORAN PEMBANGUNAN APLIKASI", *lines])
    structure = parse_structure([text])
    rule = rules()
    hit = ElementFinder(structure, rule).find(rule.element(CONSULTED))
    return None if hit is None else structure.text[hit.start : hit.end]


def test_a_sentence_with_the_action_and_the_party_in_that_order_is_found():
    assert found("Rancangan aplikasi dibahas terlebih dahulu bersama Bidang Aplikasi Informatika.")


def test_the_party_before_the_action_is_found_as_well():
    assert found("Diskominfo memberi paraf pada lembar telaah kebutuhan TIK.") is not None


def test_the_quote_spans_from_the_first_concept_to_the_last():
    assert found("Diskominfo memberi paraf pada lembar kebutuhan.") == "Diskominfo memberi paraf"


def test_the_action_and_the_party_in_two_sentences_are_not_one_statement():
    assert found("Rancangan aplikasi dibahas bersama tim.", "Diskominfo hadir.") is None


def test_two_list_points_are_two_statements_though_no_stop_ends_the_first():
    assert (
        found("1. Rancangan dibahas bersama tim pengembang", "2. Server disiapkan Diskominfo")
        is None
    )


def test_a_sentence_wrapped_over_two_lines_is_still_one_sentence():
    assert found("Rancangan aplikasi perizinan dibahas bersama", "Bidang Aplikasi Informatika.")


def test_a_plan_is_not_a_statement_of_what_was_done():
    assert found("Rancangan aplikasi akan dibahas bersama Diskominfo bulan depan.") is None


def test_a_shortfall_is_not_a_statement_of_what_was_done():
    assert found("Rancangan aplikasi belum dibahas bersama Diskominfo.") is None


def test_words_far_apart_in_a_run_on_sentence_do_not_join():
    filler = " ".join(["kegiatan pengembangan aplikasi berjalan lancar"] * 10)
    assert found(f"Rancangan dibahas bersama tim, {filler}, dengan Diskominfo") is None


def test_a_table_row_is_a_statement_of_its_own():
    spans = sentence_spans("Kegiatan\tStatus\nTelaah\tselesai\nDiskominfo hadir", 0, 47)
    assert len(spans) == 3


def test_holds_all_needs_each_group():
    groups = [[compile_wording("telaah")], [compile_wording("diskominfo")]]
    assert holds_all("lembar telaah diparaf", groups) is None
    assert holds_all("lembar telaah diparaf Diskominfo", groups) == (7, 32)


def test_an_agenda_topic_naming_both_concepts_is_not_a_consultation_that_was_done():
    pages = [
        "\n".join(
            [
                "PEMERINTAH KOTA PEMATANGSIANTAR",
                "NOTULENSI RAPAT",
                "PEMBANGUNAN APLIKASI SPBE",
                "A. Agenda",
                "1. Rancangan aplikasi dibahas bersama Diskominfo",
                "B. Pembahasan",
                "1. Aplikasi dibangun melalui tahap analisis, desain dan pengujian.",
                "Pematangsiantar, 4 Maret 2025",
            ]
        )
    ]
    result = check_document(pages, shipped(15), agency=None)
    assert "Dikonsultasikan kepada unit pengelola TIK" in result.missing


def test_the_shipped_rules_read_a_consultation_told_in_the_reports_own_words():
    pages = report(
        "LAPORAN PEMBANGUNAN APLIKASI SPBE TAHUN 2025",
        "Aplikasi perizinan dibangun melalui tahap analisis kebutuhan, perancangan, "
        "pengujian dan pemeliharaan.",
        "Dokumen rancangannya diparaf oleh Kepala Bidang Aplikasi Informatika "
        "Diskominfo sebelum pengadaan.",
    )
    result = check_document(pages, shipped(15), agency=None)
    assert result.supported_level == 3


def level_of_report(indicator: int, title: str, *sentences: str) -> int | None:
    return check_document(
        report(title, *sentences), shipped(indicator), agency=None
    ).supported_level


def test_all_units_stated_as_a_count_of_all_is_read_but_a_part_of_them_is_not():
    level = functools.partial(
        level_of_report,
        16,
        "LAPORAN PEMANFAATAN PUSAT DATA TAHUN 2025",
        "Aplikasi perangkat daerah ditempatkan di pusat data Diskominfo.",
        "Petugas menjalankan pusat data menurut SOP yang telah disahkan.",
    )

    assert level("Kini 36 dari 36 perangkat daerah menyimpan datanya di pusat data.") == 3
    assert level("Baru 20 dari 36 perangkat daerah menyimpan datanya di pusat data.") == 2


def shipped_file() -> dict:
    return json.loads((RULES_DIR / "spbe-2020.json").read_text(encoding="utf-8"))


def refusal(change) -> str:
    data = copy.deepcopy(shipped_file())
    change(data)
    with pytest.raises(ValidationError) as refused:
        RulesFile.model_validate(data)
    return str(refused.value)


def first_together(data: dict) -> dict:
    for indicator in data["indicators"]:
        for level in indicator["levels"]:
            for element in level["elements"]:
                if element.get("together"):
                    return element
    raise AssertionError("no element uses together")


def test_the_shipped_file_defines_its_concepts_once_and_its_elements_use_them():
    data = RulesFile.model_validate(shipped_file())
    assert {"konsultasi", "pengelola_tik", "semua_unit", "reviu", "berkala"} <= set(data.concepts)
    assert "@konsultasi" in first_together(shipped_file())["together"][0]


def test_it_refuses_an_element_naming_an_unknown_concept_group():
    message = refusal(lambda data: first_together(data)["together"].append(["@konsultsi", "x"]))
    assert "unknown concept groups ['@konsultsi']" in message


def test_it_refuses_a_combination_of_a_single_group():
    message = refusal(lambda data: first_together(data)["together"].append(["@konsultasi"]))
    assert "two groups or more" in message


def test_it_refuses_a_concept_wording_that_is_not_a_pattern():
    message = refusal(lambda data: data["concepts"]["konsultasi"].append("(dibahas"))
    assert "concept group 'konsultasi'" in message and "not a valid pattern" in message


def test_it_refuses_a_concept_that_names_another():
    message = refusal(lambda data: data["concepts"]["reviu"].append("@berkala"))
    assert "cannot name another group" in message


def test_it_refuses_a_badly_named_concept():
    message = refusal(lambda data: data["concepts"].update({"Semua Unit": ["seluruh opd"]}))
    assert "lower case letters" in message


def test_it_refuses_not_done_naming_an_unknown_concept():
    message = refusal(lambda data: data["not_done"].append("@rencana_kedepan"))
    assert "not_done names unknown concept group '@rencana_kedepan'" in message


def test_it_refuses_together_in_an_evidence_item():
    def change(data: dict) -> None:
        data["concepts"] = {"a": ["x"]}
        data["not_done"] = []
        data["items"] = [
            {
                "code": "I9-L1-01",
                "text": "SK Tim Audit TIK",
                "asks_for": {
                    "kinds": ["sk"],
                    "label": "SK",
                    "subject": "Tim Audit",
                    "subject_wordings": ["tim audit"],
                },
                "elements": [{"name": "Tugas", "wordings": ["tugas"], "together": [["@a", "y"]]}],
            }
        ]

    assert "together is for indicator rules, not items" in refusal(change)


def periodic_review_found(sentence: str) -> bool:
    pages = report("LAPORAN RENCANA DAN ANGGARAN SPBE TAHUN 2025", sentence)
    result = check_document(pages, shipped(13), agency=None)
    return "Reviu dan evaluasi secara periodik" not in result.missing


@pytest.mark.parametrize(
    "sentence",
    [
        "Usulan belanja TIK ditelaah ulang setiap semester oleh Bappeda.",
        "Bappeda menelaah usulan belanja TIK tiap semester.",
        "Setiap triwulan, tim anggaran meninjau realisasi belanja TIK perangkat daerah.",
        "Realisasi belanja TIK dievaluasi dua kali setahun oleh tim anggaran.",
    ],
)
def test_a_periodic_review_is_read_in_any_order_and_verb_form(sentence):
    assert periodic_review_found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Usulan belanja TIK akan ditelaah setiap semester oleh Bappeda.",
        "Reviu belanja TIK direncanakan untuk dilakukan setiap semester mulai 2026.",
        "Usulan belanja TIK belum pernah dievaluasi secara berkala.",
        "Tim anggaran diharapkan mengevaluasi belanja TIK tiap triwulan.",
    ],
)
def test_a_planned_wished_or_missing_review_is_not_read_as_done(sentence):
    assert not periodic_review_found(sentence)


def test_all_units_stated_as_a_collective_ordinal_or_in_words_are_read():
    level = functools.partial(
        level_of_report,
        13,
        "LAPORAN RENCANA DAN ANGGARAN SPBE TAHUN 2025",
        "Usulan belanja TIK Dinas Kesehatan dibahas bersama Diskominfo.",
    )

    assert level("Ke-33 perangkat daerah menyerahkan usulannya ke meja asistensi Diskominfo.") == 3
    assert level("Dua puluh dari dua puluh OPD berkonsultasi dengan Diskominfo.") == 3
    assert level("Dua puluh dari tiga puluh OPD berkonsultasi dengan Diskominfo.") == 2


WORKED_EXAMPLE = (
    "LAPORAN PEMBANGUNAN APLIKASI SPBE TAHUN 2025",
    "Aplikasi perizinan dibangun melalui tahap analisis kebutuhan, perancangan, pengujian "
    "dan pemeliharaan.",
    "Rancangan aplikasi dipresentasikan di hadapan Bidang Aplikasi Informatika pada Mei 2025.",
)


def test_the_worked_example_one_wording_added_to_a_concept_serves_every_element_using_it():
    data = shipped_file()
    before = check_document(
        report(*WORKED_EXAMPLE),
        RulesFile.model_validate(copy.deepcopy(data)).for_indicator(15),
        agency=None,
    )
    data["concepts"]["konsultasi"].append("dipresentasikan (di hadapan|kepada)")
    after_rules = RulesFile.model_validate(data)
    after = check_document(report(*WORKED_EXAMPLE), after_rules.for_indicator(15), agency=None)
    assert (before.supported_level, after.supported_level) == (2, 3)
    consulted = after_rules.for_indicator(13).element(
        "Rencana dan anggaran SPBE dikonsultasikan kepada unit pengelola TIK"
    )
    assert ["@konsultasi", "@pengelola_tik"] in consulted.together
