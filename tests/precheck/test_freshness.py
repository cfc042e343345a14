"""Freshness (``spbe.precheck.freshness``): measured against the evaluation's day, never today."""

from __future__ import annotations

import datetime

from spbe.precheck import Reference, check_document, indicator_rules, precheck_pages
from spbe.precheck.document import describe_document
from spbe.precheck.freshness import freshness_flags
from spbe.precheck.rules import Freshness, load_rules
from tests.precheck.texts import regulation

DEADLINE = datetime.date(2026, 12, 15)
SETTING = Freshness(max_age_months={"laporan": 12})


def report(day: str) -> list[str]:
    return [
        "LAPORAN HASIL SURVEI KEPUASAN PENGGUNA LAYANAN DIGITAL\n"
        "Survei dilaksanakan pada seluruh layanan.\n"
        f"Pematangsiantar, {day}\nKepala Dinas Komunikasi dan Informatika"
    ]


def codes(flags) -> list[str]:
    return [flag.code for flag in flags]


def test_a_report_of_the_last_twelve_months_is_fresh():
    facts = describe_document(report("16 Desember 2025"))
    assert freshness_flags(facts, SETTING, reference_day=DEADLINE) == []


def test_a_report_older_than_twelve_months_before_the_evaluation_is_outdated():
    facts = describe_document(report("14 Desember 2025"))
    flags = freshness_flags(facts, SETTING, reference_day=DEADLINE)
    assert [(flag.code, flag.detail) for flag in flags] == [
        ("outdated", {"months": 12, "dated": "2025-12-14"})
    ]


def test_the_evidences_own_date_outweighs_the_one_read_from_the_text():
    facts = describe_document(report("14 Desember 2025"))
    own = datetime.date(2026, 6, 1)
    assert freshness_flags(facts, SETTING, reference_day=DEADLINE, effective_on=own) == []


def test_a_regulation_is_not_outdated_by_age_only_by_its_period():
    pages = regulation("Peta Rencana SPBE Tahun 2018-2022", ["Peta rencana memuat tata kelola."])
    facts = describe_document(pages)
    flags = freshness_flags(facts, SETTING, reference_day=DEADLINE, evaluated_year=2026)
    assert [(flag.code, flag.detail) for flag in flags] == [
        ("period_ended", {"start": 2018, "end": 2022})
    ]
    assert freshness_flags(facts, SETTING, reference_day=None, evaluated_year=2022) == []


def test_evidence_past_its_expiry_on_the_reference_day_has_expired():
    facts = describe_document(report("1 Desember 2026"))
    expiry = datetime.date(2026, 12, 14)
    flags = freshness_flags(facts, SETTING, reference_day=DEADLINE, expires_on=expiry)
    assert [(flag.code, flag.detail) for flag in flags] == [
        ("expired", {"expires_on": "2026-12-14"})
    ]
    later = datetime.date(2026, 12, 15)
    assert freshness_flags(facts, SETTING, reference_day=DEADLINE, expires_on=later) == []


def test_without_a_reference_nothing_is_said():
    pages = regulation("Peta Rencana SPBE Tahun 2018-2022", ["Peta rencana memuat tata kelola."])
    result = check_document(pages, indicator_rules("spbe-2020", 2), agency=None)
    assert "period_ended" not in codes(result.flags)


def test_the_shipped_frameworks_keep_reports_and_minutes_to_twelve_months():
    for framework in ("spbe-2020", "pemdi-2026"):
        setting = load_rules(framework).freshness
        assert setting is not None
        assert setting.max_age_months == {"laporan": 12, "notulen": 12}
        assert setting.note and setting.note.startswith("draft — needs human review")
        assert indicator_rules(framework, load_rules(framework).indicators[0].indicator).freshness


def test_the_check_warns_of_an_ended_period_and_an_indicator_without_rules_too():
    pages = regulation("Peta Rencana SPBE Tahun 2018-2022", ["Peta rencana memuat tata kelola."])
    reference = Reference(day=DEADLINE, evaluated_year=2026)
    checked = precheck_pages(pages, framework="spbe-2020", indicator=2, reference=reference)
    assert "period_ended" in codes(checked.flags)
    unruled = precheck_pages(
        report("1 Maret 2024"), framework="spbe-2020", indicator=40, reference=reference
    )
    assert codes(unruled.flags) == ["outdated"]
    assert unruled.document.enacted_on == datetime.date(2024, 3, 1)
