"""The one entry point of the pre-check: the shipped rules, or a description without them."""

from __future__ import annotations

from spbe.precheck import CheckStatus, precheck_pages, result_as_json
from spbe.precheck.rules import load_rules
from tests.precheck.test_check import PERWALI_FOUR_DOMAINS


def test_an_indicator_with_rules_is_checked_against_them():
    result = precheck_pages(
        PERWALI_FOUR_DOMAINS,
        framework="spbe-2020",
        indicator=1,
        agency="Kota Pematangsiantar",
        claimed_level=3,
    )
    assert result.status is CheckStatus.CHECKED
    assert result.supported_level == 2
    assert result.rules_status == load_rules("spbe-2020").status


def test_an_indicator_without_rules_is_described_without_a_level():
    result = precheck_pages(PERWALI_FOUR_DOMAINS, framework="spbe-2020", indicator=40)
    data = result_as_json(result)
    assert data["status"] == "no_rules"
    assert data["supported_level"] is None
    assert data["document"]["kind"] == "perwali"


def test_a_framework_without_a_rules_file_is_described_without_a_level():
    result = precheck_pages(PERWALI_FOUR_DOMAINS, framework="spbe-2018", indicator=1)
    assert result_as_json(result)["status"] == "no_rules"
    assert result.supported_level is None


def test_a_framework_name_that_is_not_a_file_name_is_treated_as_unknown():
    result = precheck_pages(PERWALI_FOUR_DOMAINS, framework="../spbe-2020", indicator=1)
    assert result_as_json(result)["status"] == "no_rules"


def test_the_ocr_flag_is_carried_to_the_result():
    assert (
        precheck_pages(PERWALI_FOUR_DOMAINS, framework="spbe-2020", indicator=1, ocr=True).ocr
        is True
    )
    assert (
        precheck_pages(PERWALI_FOUR_DOMAINS, framework="spbe-2020", indicator=20, ocr=True).ocr
        is True
    )


def test_another_agencys_document_is_flagged_with_or_without_rules():
    for indicator in (1, 20):
        result = precheck_pages(
            PERWALI_FOUR_DOMAINS, framework="spbe-2020", indicator=indicator, agency="Kota Medan"
        )
        assert "other_agency" in [flag.code for flag in result.flags]


def test_an_empty_document_is_checked_and_supports_no_level_above_the_first():
    result = precheck_pages([""], framework="spbe-2020", indicator=1)
    assert result.status is CheckStatus.CHECKED
    assert (result.supported_level or 0) <= 1
