"""The pre-check's result in the user's words (``evidence.precheck_wording``): every flag the
pure pre-check raises reads as a sentence a person can act on, and the text report of a real
check says what was found, where, and what is missing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.utils import translation

import spbe.precheck
from spbe.evidence.precheck_wording import (
    flag_message,
    kind_label,
    result_as_text,
    status_message,
)
from spbe.precheck import check_document, describe_without_rules
from spbe.precheck.check import Flag
from spbe.precheck.document import DocumentKind
from tests.precheck.test_check import PERWALI_FOUR_DOMAINS, arsitektur
from tests.precheck.texts import regulation

PRECHECK_SOURCES = Path(spbe.precheck.__file__).parent


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def flag_codes_raised() -> set[str]:
    """Every flag code written in the pre-check's source, wherever it is raised."""
    codes: set[str] = set()
    for path in PRECHECK_SOURCES.rglob("*.py"):
        codes |= set(re.findall(r'Flag\(\s*"([a-z_]+)"', path.read_text()))
    return codes


DETAILS = {
    "kind_not_accepted": {"kind": "sop", "level": 2},
    "other_agency": {"document_agency": "Kabupaten Simalungun", "agency": "Kota Pematangsiantar"},
    "other_agency_item": {"document_agency": "Kabupaten Simalungun"},
    "agency_not_found": {"agency": "Kota Pematangsiantar"},
    "needs_person": {"levels": [4, 5]},
    "outdated": {"months": 12, "dated": "2024-03-12"},
    "period_ended": {"start": 2018, "end": 2022},
    "expired": {"expires_on": "2026-06-30"},
    "mismatch": {
        "document_kind": "sk",
        "document_subject": "Tim Asesor Internal SPBE",
        "asked": "SK Tim Audit",
        "kind_matches": True,
        "subject_matches": False,
    },
    "line_item_missing": {"kind": "rka", "line_item": "Audit TIK"},
}


def test_the_precheck_raises_the_flags_this_module_words():
    assert flag_codes_raised() >= {"draft", "not_enacted", "unrelated", "other_agency", "no_text"}


@pytest.mark.parametrize("code", sorted(flag_codes_raised()))
def test_every_flag_the_precheck_raises_reads_as_a_sentence(code):
    message = flag_message(Flag(code, DETAILS.get(code, {})))
    assert message != code
    assert message.endswith(".") and "%(" not in message


def test_every_flag_has_an_indonesian_sentence_too():
    for code in flag_codes_raised():
        flag = Flag(code, DETAILS.get(code, {}))
        english = flag_message(flag)
        with translation.override("id"):
            assert flag_message(flag) != english, code


def test_a_wrong_object_is_named_beside_what_was_asked_for():
    assert flag_message(Flag("mismatch", DETAILS["mismatch"])) == (
        "This is SK Tim Asesor Internal SPBE; what is asked for is SK Tim Audit."
    )
    assert flag_message(Flag("line_item_missing", DETAILS["line_item_missing"])) == (
        "This RKA does not contain the activity Audit TIK."
    )


def test_the_freshness_flags_name_their_dates_and_period():
    assert "(2018–2022) has ended" in flag_message(Flag("period_ended", DETAILS["period_ended"]))
    assert "older than the 12 months allowed" in flag_message(Flag("outdated", DETAILS["outdated"]))
    assert "2026" in flag_message(Flag("expired", DETAILS["expired"]))


def test_a_flags_details_are_in_its_sentence():
    assert flag_message(Flag("kind_not_accepted", DETAILS["kind_not_accepted"])) == (
        "A Standard operating procedure (SOP) does not count from level 2 on."
    )
    assert "Kabupaten Simalungun, not by Kota Pematangsiantar" in flag_message(
        Flag("other_agency", DETAILS["other_agency"])
    )
    assert flag_message(Flag("needs_person", DETAILS["needs_person"])).startswith(
        "Level(s) 4, 5 cannot be decided from one document"
    )


def test_an_unknown_flag_shows_its_code_rather_than_nothing():
    assert flag_message(Flag("something_new")) == "something_new"


def test_every_document_kind_has_a_label_and_an_unknown_one_shows_its_code():
    for kind in DocumentKind:
        assert kind_label(kind.value) != kind.value, kind
    assert kind_label("prasasti") == "prasasti"


def test_a_real_check_reads_as_a_report_with_pages_quotes_and_what_is_missing():
    result = check_document(
        PERWALI_FOUR_DOMAINS, arsitektur(), agency="Kota Pematangsiantar", claimed_level=3
    )
    text = result_as_text(result, title="Perwali Arsitektur SPBE")
    lines = text.splitlines()
    assert lines[0] == "Perwali Arsitektur SPBE"
    assert lines[1].startswith("Document: Mayor regulation (Peraturan Wali Kota) number 12 of 2023")
    assert "enacted" in lines[1]
    assert "Supported level: 2" in lines
    assert any(re.match(r"  3  ✓ Proses Bisnis  p\. 2$", line) for line in lines)
    assert any(line.strip().startswith("“(1) Arsitektur Domain Proses Bisnis") for line in lines)
    assert "  3  ✗ Keamanan SPBE" in lines  # not found: no page, no trailing spaces
    assert "Missing: Keamanan SPBE; Layanan SPBE" in lines
    assert not any(line.startswith("! ") for line in lines)


def test_a_draft_is_reported_with_its_flag():
    pages = regulation("Arsitektur SPBE", ["Arsitektur SPBE disusun."], draft=True)
    text = result_as_text(check_document(pages, arsitektur(), agency=None), title="Rancangan")
    assert "! The document is a draft (RANCANGAN/KONSEP/DRAF): it supports level 1 at most." in (
        text.splitlines()
    )


def test_a_document_for_an_indicator_without_rules_says_a_person_must_review_it():
    result = describe_without_rules(
        PERWALI_FOUR_DOMAINS, framework="spbe-2020", indicator=47, agency="Kota Pematangsiantar"
    )
    assert status_message(result).startswith("No automatic rules for this indicator yet")
    text = result_as_text(result, title="SK")
    assert "Supported level" not in text


def test_a_checked_result_names_its_rules_status():
    result = check_document(
        PERWALI_FOUR_DOMAINS, arsitektur(), agency=None, rules_status="reviewed"
    )
    assert status_message(result) == "Checked automatically; rules: reviewed."


def test_a_text_read_by_ocr_says_so():
    result = check_document(PERWALI_FOUR_DOMAINS, arsitektur(), agency=None, ocr=True)
    assert result_as_text(result, title="Pindaian").splitlines()[-1] == (
        "The text was read by OCR."
    )
