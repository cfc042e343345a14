"""The unofficial SPBE 2020 → Pemdi 2026 baseline estimate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from spbe.planner.baseline import estimate_pemdi_baseline, read_mapping
from spbe.scoring import ScoringInputError, parse_values, score


@pytest.fixture
def all_threes(spbe_2020):
    return parse_values(spbe_2020, {n: 3 for n in spbe_2020.indicator_numbers})


def test_it_says_the_mapping_is_unofficial(spbe_2020, pemdi_2026, all_threes):
    baseline = estimate_pemdi_baseline(all_threes, spbe=spbe_2020, pemdi=pemdi_2026)
    assert baseline.official is False
    assert "UNOFFICIAL" in baseline.mapping_status


def test_a_covered_indicator_is_the_mean_of_its_spbe_levels_to_two_decimals(spbe_2020, pemdi_2026):
    levels = {n: 1 for n in spbe_2020.indicator_numbers} | {10: 3, 11: 1, 12: 1}
    values = parse_values(spbe_2020, levels)
    baseline = estimate_pemdi_baseline(values, spbe=spbe_2020, pemdi=pemdi_2026)
    governance = baseline.items[0]  # Pemdi I1 ← SPBE 11, 12, 10
    assert governance.covered and governance.kind == "components"
    assert governance.spbe_indicators == (11, 12, 10)
    assert governance.value == Decimal("1.67")
    assert governance.note  # the mapping's own caveat travels with the value


def test_uncovered_indicators_are_marked_and_start_at_the_bottom_of_the_scale(
    spbe_2020, pemdi_2026, all_threes
):
    baseline = estimate_pemdi_baseline(all_threes, spbe=spbe_2020, pemdi=pemdi_2026)
    kinds = {item.indicator: item.kind for item in baseline.items}
    assert baseline.uncovered == tuple(n for n, kind in kinds.items() if kind != "components")
    assert kinds[8] == "new" and kinds[6] == "estimate"
    assert all(baseline.values[n] == 1 for n in baseline.uncovered)
    assert all(baseline.values[n] == 3 for n in kinds if n not in baseline.uncovered)


def test_the_value_for_uncovered_indicators_can_be_chosen(spbe_2020, pemdi_2026, all_threes):
    baseline = estimate_pemdi_baseline(
        all_threes, spbe=spbe_2020, pemdi=pemdi_2026, uncovered_value=Decimal(3)
    )
    assert baseline.result.index == Decimal("3.00")


def test_the_estimate_is_scored_by_the_engine(spbe_2020, pemdi_2026, all_threes):
    baseline = estimate_pemdi_baseline(all_threes, spbe=spbe_2020, pemdi=pemdi_2026)
    assert baseline.result == score(pemdi_2026, baseline.values)
    assert baseline.spbe_result.index == Decimal("3.00")


def test_the_mapping_covers_every_pemdi_indicator_once(pemdi_2026):
    numbers = [entry.pemdi_indicator for entry in read_mapping().mappings]
    assert sorted(numbers) == list(pemdi_2026.indicator_numbers)


def test_missing_spbe_values_are_refused(spbe_2020, pemdi_2026):
    with pytest.raises(ScoringInputError):
        estimate_pemdi_baseline({1: 3}, spbe=spbe_2020, pemdi=pemdi_2026)


def test_it_refuses_frameworks_the_mapping_is_not_for(spbe_2018, pemdi_2026, all_threes):
    with pytest.raises(ValueError, match="spbe-2020"):
        estimate_pemdi_baseline(all_threes, spbe=spbe_2018, pemdi=pemdi_2026)
