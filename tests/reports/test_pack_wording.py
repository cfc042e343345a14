"""The sentences of the interview pack (``reports.pack_wording``), shared by its PDF and its
Word document: counts, statuses with the blocking item, our answers, and evidence lines."""

from __future__ import annotations

import datetime

import pytest
from django.utils import translation

from spbe.reports import pack_wording as words
from spbe.reports.letterhead import Letterhead
from spbe.reports.pack_data import InterviewPack, PackEvidence, PackIndicator, PackItem
from spbe.scoring.items import ItemStatus


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def an_item(code="I1-L2-01", **changes) -> PackItem:
    fields = {
        "code": code,
        "level": 2,
        "text": "SK Tim Koordinasi",
        "status": ItemStatus.REVISION,
        "blocked_by": None,
        "assessor_note": "Belum ditandatangani",
        "objection": "",
        "promised_on": None,
        "evidence": (),
    } | changes
    return PackItem(**fields)


def a_pack(*indicators: PackIndicator, illustrative: bool = False) -> InterviewPack:
    return InterviewPack(
        agency_name="Kota Uji",
        framework_title="Indeks Pemerintah Digital 2026",
        year=2026,
        illustrative=illustrative,
        generated_at=datetime.datetime(2026, 8, 5, 9, 0),
        letterhead=Letterhead(lines=("PEMERINTAH KOTA UJI",)),
        interview=(datetime.date(2026, 8, 1), datetime.date(2026, 8, 15)),
        indicators=indicators,
    )


def indicator(*items: PackItem, untouched=()) -> PackIndicator:
    return PackIndicator(1, "Kebijakan", "Kominfo", items, untouched)


def test_the_counts_line_counts_the_items_and_the_answered_ones_in_singular_and_plural():
    one = a_pack(indicator(an_item(objection="Sudah ditandatangani")))
    assert words.counts_line(one) == "1 item to discuss, 1 answered."
    two = a_pack(indicator(an_item(), an_item("I1-L2-02")))
    assert words.counts_line(two) == "2 items to discuss, 0 answered."


def test_an_illustrative_pack_says_so_and_a_real_one_says_nothing():
    assert "illustrative (demo data)" in words.pack_notice(a_pack(illustrative=True))
    assert words.pack_notice(a_pack()) == ""


def test_an_auto_rejected_item_names_the_item_below_it_that_blocks_it():
    item = an_item(status=ItemStatus.AUTO_REJECTED, blocked_by="I1-L1-01")
    line = words.status_line(item)
    assert line.endswith(": item I1-L1-01 below it is not accepted yet")
    assert line.startswith(ItemStatus.AUTO_REJECTED.label)


def test_any_other_status_is_its_portal_label():
    assert words.status_line(an_item()) == ItemStatus.REVISION.label


def test_the_answer_is_the_sanggah_or_the_promise_with_its_date_or_none_yet():
    assert words.answer_line(an_item(objection="SK terlampir, hlm. 2")) == "SK terlampir, hlm. 2"
    promised = an_item(promised_on=datetime.date(2026, 8, 12))
    assert words.answer_line(promised).startswith("To be supplied (akan disusulkan) by ")
    assert "2026" in words.answer_line(promised)
    assert words.answer_line(an_item()) == "No answer written yet."


def test_a_written_sanggah_counts_before_a_promise():
    both = an_item(objection="SK terlampir", promised_on=datetime.date(2026, 8, 12))
    assert words.answer_line(both) == "SK terlampir"


def test_an_evidence_line_gives_the_version_the_pages_and_whether_it_is_new():
    found = PackEvidence("SK Tim", version=2, pages=(3, 4, 7), new_at_interview=True)
    assert words.evidence_line(found) == (
        "SK Tim · version 2 · hlm. 3–4, 7 · new, for the interview"
    )
    assert words.evidence_line(PackEvidence("Foto", None, (), False)) == "Foto"


def test_untouched_items_are_grouped_by_the_item_blocking_them():
    untouched = (("I1-L3-01", "I1-L2-01"), ("I1-L3-02", "I1-L2-01"), ("I1-L4-01", "I1-L3-05"))
    line = words.untouched_line(indicator(untouched=untouched))
    assert line == (
        "Also ditolak otomatis, not started: I1-L3-01, I1-L3-02 (item I1-L2-01 is not "
        "accepted yet); I1-L4-01 (item I1-L3-05 is not accepted yet)."
    )
    assert words.untouched_line(indicator()) == ""


def test_the_pack_speaks_indonesian_by_default():
    with translation.override("id"):
        assert words.pack_title() != "Interview pack"
        assert words.answer_line(an_item()) != "No answer written yet."
