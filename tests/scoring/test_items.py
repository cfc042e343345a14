"""The item rule: which level accepted items prove, and which items are rejected automatically."""

import pytest

from spbe.scoring import ScoringInputError
from spbe.scoring.items import (
    ItemStatus,
    RejectionReason,
    estimate_from_items,
    parse_item_status,
)

ACCEPTED = ItemStatus.ACCEPTED


def codes(framework, indicator, level):
    items = framework.indicator_items[indicator]
    return [item.code for item in items.levels[level - 1].items]


def accepted_up_to(framework, indicator, level):
    return {
        code: ACCEPTED
        for lower in range(1, level + 1)
        for code in codes(framework, indicator, lower)
    }


def test_the_statuses_travel_as_the_portals_words():
    assert [status.value for status in ItemStatus] == [
        "belum",
        "draf",
        "diajukan",
        "diterima",
        "revisi",
        "ditolak_otomatis",
    ]
    assert ItemStatus.AUTO_REJECTED.label == "Ditolak otomatis"
    assert parse_item_status(" Diterima ") is ItemStatus.ACCEPTED


@pytest.mark.parametrize("word", ["ditolak_otomatis", "ditolak otomatis", "Ditolak  Otomatis"])
def test_the_portal_spelling_of_ditolak_otomatis_reads_as_the_wire_value(word):
    assert parse_item_status(word) is ItemStatus.AUTO_REJECTED


def test_an_unknown_status_word_is_refused_with_the_words_an_input_may_give():
    with pytest.raises(ScoringInputError) as error:
        parse_item_status("disetujui")
    assert error.value.params["allowed"] == "belum, draf, diajukan, diterima, revisi"


@pytest.mark.parametrize("level", [1, 2, 3, 4, 5])
def test_accepting_every_item_up_to_a_level_proves_that_level(pemdi_2026, level):
    estimate = estimate_from_items(pemdi_2026, 3, accepted_up_to(pemdi_2026, 3, level))
    assert (estimate.level, estimate.proven_level) == (level, level)


def test_an_indicator_with_no_accepted_item_counts_as_level_1_but_proves_nothing(pemdi_2026):
    estimate = estimate_from_items(pemdi_2026, 3, {})
    assert (estimate.level, estimate.proven_level) == (1, 0)
    assert estimate.blocked_by == "I3-L1-01"


def test_one_item_short_on_level_2_keeps_the_indicator_at_level_1(pemdi_2026):
    statuses = accepted_up_to(pemdi_2026, 3, 5)
    statuses["I3-L2-03"] = ItemStatus.REVISION
    estimate = estimate_from_items(pemdi_2026, 3, statuses)
    assert (estimate.level, estimate.blocked_by) == (1, "I3-L2-03")


def test_items_above_a_level_not_fully_accepted_are_rejected_automatically(pemdi_2026):
    statuses = accepted_up_to(pemdi_2026, 3, 5)
    statuses["I3-L2-03"] = ItemStatus.SUBMITTED
    estimate = estimate_from_items(pemdi_2026, 3, statuses)
    for code in codes(pemdi_2026, 3, 3) + codes(pemdi_2026, 3, 5):
        outcome = estimate.outcome(code)
        assert outcome.status is ItemStatus.AUTO_REJECTED
        assert outcome.own_status is ACCEPTED
        assert outcome.reason is RejectionReason.LOWER_LEVEL_NOT_ACCEPTED
        assert outcome.blocked_by == "I3-L2-03"


def test_items_on_the_blocking_level_keep_their_own_status(pemdi_2026):
    statuses = accepted_up_to(pemdi_2026, 3, 5)
    statuses["I3-L2-03"] = ItemStatus.SUBMITTED
    estimate = estimate_from_items(pemdi_2026, 3, statuses)
    assert estimate.outcome("I3-L2-01").status is ACCEPTED
    assert estimate.outcome("I3-L2-03").status is ItemStatus.SUBMITTED
    assert estimate.outcome("I3-L2-03").blocked_by is None


def test_the_lowest_open_item_is_the_one_named_as_blocking(pemdi_2026):
    statuses = accepted_up_to(pemdi_2026, 3, 5)
    statuses["I3-L4-01"] = ItemStatus.DRAFT
    statuses["I3-L2-04"] = ItemStatus.NOT_STARTED
    estimate = estimate_from_items(pemdi_2026, 3, statuses)
    assert estimate.blocked_by == "I3-L2-04"
    assert estimate.outcome("I3-L4-01").blocked_by == "I3-L2-04"


def test_a_fully_accepted_indicator_rejects_nothing(pemdi_2026):
    estimate = estimate_from_items(pemdi_2026, 3, accepted_up_to(pemdi_2026, 3, 5))
    assert all(outcome.status is ACCEPTED for outcome in estimate.items)
    assert estimate.blocked_by is None


def test_i9_stops_below_its_level_without_items_and_says_so(pemdi_2026):
    estimate = estimate_from_items(pemdi_2026, 9, accepted_up_to(pemdi_2026, 9, 5))
    assert (estimate.level, estimate.stopped_at_level_without_items) == (2, 3)
    assert estimate.blocked_by is None


def test_items_above_a_level_without_items_are_not_rejected_automatically(pemdi_2026):
    estimate = estimate_from_items(pemdi_2026, 9, accepted_up_to(pemdi_2026, 9, 5))
    for code in codes(pemdi_2026, 9, 4) + codes(pemdi_2026, 9, 5):
        assert estimate.outcome(code).status is ACCEPTED


def test_above_a_level_without_items_the_rule_still_blocks_by_the_open_item(pemdi_2026):
    statuses = accepted_up_to(pemdi_2026, 9, 5)
    statuses["I9-L4-01"] = ItemStatus.REVISION
    estimate = estimate_from_items(pemdi_2026, 9, statuses)
    assert estimate.outcome("I9-L5-01").status is ItemStatus.AUTO_REJECTED
    assert estimate.outcome("I9-L5-01").blocked_by == "I9-L4-01"


def test_the_items_of_other_indicators_do_not_count(pemdi_2026):
    estimate = estimate_from_items(pemdi_2026, 2, accepted_up_to(pemdi_2026, 3, 5))
    assert estimate.level == 1


def test_an_unknown_item_code_is_refused(pemdi_2026):
    with pytest.raises(ScoringInputError, match="I3-L2-99") as error:
        estimate_from_items(pemdi_2026, 3, {"I3-L2-99": ACCEPTED})
    assert error.value.code == "unknown_item"


def test_ditolak_otomatis_is_refused_as_an_input_because_the_rule_derives_it(pemdi_2026):
    with pytest.raises(ScoringInputError, match="derived") as error:
        estimate_from_items(pemdi_2026, 3, {"I3-L3-01": ItemStatus.AUTO_REJECTED})
    assert error.value.code == "derived_item_status"


def test_a_framework_without_items_has_no_item_estimate(spbe_2020):
    with pytest.raises(ScoringInputError, match="no evidence items"):
        estimate_from_items(spbe_2020, 3, {})
