"""The estimate: each indicator valued from its items, its external index or a claim, then
scored by the one engine."""

from decimal import Decimal

import pytest

from spbe.scoring import ScoringInputError, score
from spbe.scoring.estimate import EstimateNote, ValueSource, estimate
from spbe.scoring.external_index import ExternalValue
from spbe.scoring.items import ItemStatus


def accepted_up_to(framework, indicator, level):
    return {
        item.code: ItemStatus.ACCEPTED
        for entry in framework.indicator_items[indicator].levels[:level]
        for item in entry.items
    }


def test_with_nothing_entered_every_pemdi_indicator_counts_as_level_1(pemdi_2026):
    result = estimate(pemdi_2026, evaluation_year=2026)
    assert {entry.value for entry in result.indicators} == {Decimal(1)}
    assert result.score.index == Decimal("1.00")


def test_indicators_decided_by_an_index_say_their_value_is_pending(pemdi_2026):
    result = estimate(pemdi_2026, evaluation_year=2026)
    for number in (5, 6, 7):
        entry = result.indicator(number)
        assert entry.source is ValueSource.EXTERNAL
        assert entry.notes == (EstimateNote.EXTERNAL_VALUE_PENDING,)


def test_an_entered_index_value_decides_its_indicator(pemdi_2026):
    result = estimate(
        pemdi_2026,
        evaluation_year=2026,
        external_values={5: ExternalValue(Decimal("62.5"), 2026)},
    )
    entry = result.indicator(5)
    assert (entry.value, entry.source, entry.notes) == (Decimal(4), ValueSource.EXTERNAL, ())


def test_an_index_value_of_last_year_counts_and_is_flagged_outdated(pemdi_2026):
    result = estimate(
        pemdi_2026, evaluation_year=2026, external_values={7: ExternalValue(Decimal("2.7"), 2025)}
    )
    assert result.indicator(7).value == Decimal(3)
    assert result.indicator(7).notes == (EstimateNote.EXTERNAL_VALUE_OUTDATED,)


def test_items_value_an_indicator_and_name_what_blocks_the_next_level(pemdi_2026):
    statuses = accepted_up_to(pemdi_2026, 1, 2)
    statuses["I1-L3-02"] = ItemStatus.REVISION
    entry = estimate(pemdi_2026, evaluation_year=2026, item_statuses=statuses).indicator(1)
    assert (entry.value, entry.source) == (Decimal(2), ValueSource.ITEMS)
    assert entry.blocked_by == "I1-L3-01"


def test_the_ikasandi_value_caps_what_the_items_of_i10_prove(pemdi_2026):
    result = estimate(
        pemdi_2026,
        evaluation_year=2026,
        item_statuses=accepted_up_to(pemdi_2026, 10, 5),
        external_values={10: ExternalValue(Decimal("2.50"), 2026)},
    )
    entry = result.indicator(10)
    assert (entry.value, entry.source) == (Decimal(3), ValueSource.ITEMS)
    assert entry.notes == (EstimateNote.CAPPED_BY_EXTERNAL_INDEX,)


def test_i11_reaches_level_5_only_with_an_ikasandi_persandian_of_at_least_4(pemdi_2026):
    statuses = accepted_up_to(pemdi_2026, 11, 5)
    pending = estimate(pemdi_2026, evaluation_year=2026, item_statuses=statuses).indicator(11)
    assert pending.value == Decimal(4)
    assert pending.notes == (
        EstimateNote.EXTERNAL_VALUE_PENDING,
        EstimateNote.CAPPED_BY_EXTERNAL_INDEX,
    )
    entered = estimate(
        pemdi_2026,
        evaluation_year=2026,
        item_statuses=statuses,
        external_values={11: ExternalValue(Decimal("4.00"), 2026)},
    ).indicator(11)
    assert (entered.value, entered.notes) == (Decimal(5), ())


def test_i9_says_its_items_stop_at_a_level_the_source_leaves_empty(pemdi_2026):
    result = estimate(
        pemdi_2026, evaluation_year=2026, item_statuses=accepted_up_to(pemdi_2026, 9, 5)
    )
    assert result.indicator(9).value == Decimal(2)
    assert result.indicator(9).notes == (EstimateNote.LEVEL_WITHOUT_ITEMS,)


def test_the_index_of_an_estimate_is_the_engines_score_of_its_values(pemdi_2026):
    result = estimate(
        pemdi_2026,
        evaluation_year=2026,
        item_statuses=accepted_up_to(pemdi_2026, 20, 3) | accepted_up_to(pemdi_2026, 1, 4),
        external_values={5: ExternalValue(Decimal("80"), 2026)},
    )
    values = {entry.indicator: entry.value for entry in result.indicators}
    assert values[20] == 3 and values[1] == 4 and values[5] == 5
    assert result.score == score(pemdi_2026, values, year=2026)


def test_a_framework_without_items_takes_the_claimed_levels(spbe_2020):
    claimed = dict.fromkeys(spbe_2020.indicator_numbers, 3)
    result = estimate(spbe_2020, evaluation_year=2024, claimed=claimed)
    assert {entry.source for entry in result.indicators} == {ValueSource.CLAIMED}
    assert result.score.index == Decimal("3.00")


def test_a_missing_claimed_level_is_refused_naming_the_indicator(spbe_2020):
    claimed = dict.fromkeys(spbe_2020.indicator_numbers[1:], 3)
    with pytest.raises(ScoringInputError) as error:
        estimate(spbe_2020, evaluation_year=2024, claimed=claimed)
    assert error.value.indicator == 1


def test_a_claimed_value_stands_for_an_indicator_whose_items_have_no_verdict(pemdi_2026):
    result = estimate(
        pemdi_2026,
        evaluation_year=2026,
        item_statuses=accepted_up_to(pemdi_2026, 1, 2),
        claimed={3: "3.5"},
    )
    claimed, assessed, untouched = result.indicator(3), result.indicator(1), result.indicator(4)
    assert (claimed.value, claimed.source, claimed.items) == (
        Decimal("3.5"),
        ValueSource.CLAIMED,
        None,
    )
    assert (assessed.value, assessed.source) == (Decimal(2), ValueSource.ITEMS)
    assert (untouched.value, untouched.source) == (Decimal(1), ValueSource.ITEMS)


def test_a_claimed_value_for_an_indicator_with_item_verdicts_is_refused(pemdi_2026):
    with pytest.raises(ScoringInputError, match="has item verdicts") as error:
        estimate(
            pemdi_2026,
            evaluation_year=2026,
            item_statuses={"I3-L1-01": ItemStatus.REVISION},
            claimed={3: 4},
        )
    assert (error.value.code, error.value.indicator) == ("claimed_with_item_verdicts", 3)


def test_a_claimed_value_is_capped_by_the_index_of_its_indicator(pemdi_2026):
    result = estimate(
        pemdi_2026,
        evaluation_year=2026,
        external_values={10: ExternalValue(Decimal("2.50"), 2026)},
        claimed={10: 5},
    )
    entry = result.indicator(10)
    assert (entry.value, entry.source) == (Decimal(3), ValueSource.CLAIMED)
    assert entry.notes == (EstimateNote.CAPPED_BY_EXTERNAL_INDEX,)


def test_a_claimed_value_for_an_indicator_decided_by_an_index_is_refused(pemdi_2026):
    with pytest.raises(ScoringInputError, match="external index"):
        estimate(pemdi_2026, evaluation_year=2026, claimed={5: 4})


def test_an_index_value_for_an_indicator_without_an_index_is_refused(pemdi_2026):
    with pytest.raises(
        ScoringInputError,
        match=r"not valued by an external index \(those that are: 5, 6, 7, 10, 11, 12, 18\)",
    ):
        estimate(
            pemdi_2026, evaluation_year=2026, external_values={3: ExternalValue(Decimal(2), 2026)}
        )


def test_an_index_value_outside_its_scale_is_refused(pemdi_2026):
    with pytest.raises(ScoringInputError, match="outside the scale"):
        estimate(
            pemdi_2026, evaluation_year=2026, external_values={5: ExternalValue(Decimal(101), 2026)}
        )
